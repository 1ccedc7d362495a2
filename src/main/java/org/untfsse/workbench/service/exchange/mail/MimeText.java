package org.untfsse.workbench.service.exchange.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The encodings a MIME header needs, written by hand because they are few and small: RFC 2047
 * encoded-words for non-ASCII text, quoted strings, RFC 2231 parameters, quoted-printable, and
 * folding. Everything a user typed passes {@link #oneLine(String)} first, so no CR or LF (nor any
 * other line or control character) reaches a header.
 */
final class MimeText {

    static final String CRLF = "\r\n";
    private static final int MAX_LINE = 76;
    /** UTF-8 bytes per encoded-word: 39 bytes → 52 base64 characters → a 64-character word. */
    private static final int WORD_BYTES = 39;
    private static final int MAX_NAME = 200;
    private static final Pattern ATOMS = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");
    private static final String ATTRIBUTE_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    private MimeText() {
    }

    /** Every control, line or paragraph separator becomes a space; runs of spaces shrink to one. */
    static String oneLine(String text) {
        String flat = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\u0085]", " ").replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_NAME * 5 ? flat.substring(0, MAX_NAME * 5) : flat;
    }

    static String safeMediaType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(java.util.Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }

    static boolean isPlainAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** Unstructured text (a subject) as foldable tokens: words when plain ASCII, encoded-words otherwise. */
    static List<String> textTokens(String text) {
        boolean plain = isPlainAscii(text) && !text.contains("=?")
                && java.util.Arrays.stream(text.split(" ")).allMatch(w -> w.length() < MAX_LINE - 10);
        return plain ? List.of(text.split(" ")) : encodedWords(text);
    }

    /** A display name as phrase tokens: atoms, one quoted string, or encoded-words. */
    static List<String> phraseTokens(String name) {
        String shortName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        // Mail programs decode "=?…?=" even inside quotes, so a name that looks encoded is encoded.
        if (!isPlainAscii(shortName) || shortName.contains("=?")) {
            return encodedWords(shortName);
        }
        if (ATOMS.matcher(shortName).matches()) {
            return List.of(shortName.split(" "));
        }
        return List.of('"' + shortName.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }

    static List<String> encodedWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String one = new String(Character.toChars(codePoint));
            int size = one.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > WORD_BYTES) {
                words.add(encodedWord(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(one);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (!chunk.isEmpty() || words.isEmpty()) {
            words.add(encodedWord(chunk.toString()));
        }
        return words;
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** {@code Name: token token …} folded before a token whenever a line would pass 76 characters. */
    static String header(String name, List<String> tokens) {
        StringBuilder out = new StringBuilder(name).append(':');
        int lineLength = out.length();
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (lineLength + 1 + token.length() > MAX_LINE && lineLength > name.length() + 1) {
                out.append(CRLF);
                lineLength = 0;
            }
            out.append(' ').append(token);
            lineLength += 1 + token.length();
        }
        return out.append(CRLF).toString();
    }

    /** {@code ; name="value"} for plain ASCII, otherwise RFC 2231 {@code name*0*=UTF-8''…} continuations. */
    static List<String> parameter(String name, String value) {
        if (isPlainAscii(value) && value.length() < 60) {
            return List.of(name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && ATTRIBUTE_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        List<String> sections = new ArrayList<>();
        int start = 0;
        while (start < encoded.length()) {
            int end = Math.min(encoded.length(), start + 48);
            // Never cut a %XX triple in two.
            if (end < encoded.length() && encoded.charAt(end - 1) == '%') {
                end -= 1;
            } else if (end < encoded.length() && end >= 2 && encoded.charAt(end - 2) == '%') {
                end -= 2;
            }
            sections.add(encoded.substring(start, end));
            start = end;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            params.add(name + "*" + i + "*=" + (i == 0 ? "UTF-8''" : "") + sections.get(i));
        }
        return params;
    }

    /** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, with CRLF line ends and soft breaks at 76. */
    static String quotedPrintable(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.length; l++) {
            byte[] bytes = lines[l].getBytes(StandardCharsets.UTF_8);
            int lineLength = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
                if (lineLength == 0 && b == '.') {
                    literal = false; // a lone "." line ends an SMTP message in some relays
                }
                String piece = literal ? String.valueOf((char) b) : String.format("=%02X", b);
                if (lineLength + piece.length() > MAX_LINE - 1) {
                    out.append('=').append(CRLF);
                    lineLength = 0;
                }
                out.append(piece);
                lineLength += piece.length();
            }
            if (l < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.toString();
    }
}
