package org.untfsse.workbench.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Makes hostile variants of a valid input, deterministically from a seed: flipped bits, cuts,
 * repeated and deleted ranges, and insertions of the characters parsers stumble on (quotes,
 * separators, brackets, control characters, overlong UTF-8, huge numbers, deep nesting).
 */
public final class Mutator {

    private static final String[] TOKENS = {
            "\"", "'", ",", ";", "\n", "\r\n", "\u0000", "\\", "{", "}", "[", "]", ":", "null", "true",
            "-1", "1e400", "99999999999999999999999999", "\uFEFF", "\u202E", "=cmd|' /C calc'!A0", "../../evil",
            "\u00e9", "\uD83D\uDE00", "<script>alert(1)</script>", "%s%n", "${jndi:ldap://x}", "\t",
    };

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public byte[] mutate(byte[] input) {
        byte[] out = input.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return token();
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(8)) {
            case 0 -> flipBit(in, at);
            case 1 -> Arrays.copyOf(in, at); // truncated
            case 2 -> splice(in, at, token(), 0);
            case 3 -> splice(in, at, new byte[0], Math.min(in.length - at, 1 + random.nextInt(16))); // deletion
            case 4 -> splice(in, at, Arrays.copyOfRange(in, at, Math.min(in.length, at + 1 + random.nextInt(64))), 0);
            case 5 -> splice(in, at, "[".repeat(200 + random.nextInt(2000)).getBytes(StandardCharsets.US_ASCII), 0);
            case 6 -> splice(in, at, new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xFF}, 0); // invalid UTF-8
            default -> splice(in, at, token(), 1);
        };
    }

    private byte[] token() {
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private byte[] flipBit(byte[] in, int at) {
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static byte[] splice(byte[] in, int at, byte[] insert, int remove) {
        int end = Math.min(in.length, at + remove);
        byte[] out = new byte[at + insert.length + (in.length - end)];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, end, out, at + insert.length, in.length - end);
        return out;
    }
}
