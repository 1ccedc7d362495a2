package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON text written straight into a large byte buffer, escaped exactly as Jackson's UTF-8
 * generator escapes it (the bundle's bytes must not depend on which of the two wrote them):
 * {@code "} and {@code \} with a backslash; {@code \b \t \n \f \r} in their short forms, other
 * control characters as a six-character escape (backslash, u, four upper-case hex digits);
 * everything else as UTF-8, unescaped ({@code U+007F}, {@code U+2028} too). Text given as UTF-8 bytes is copied as it is, byte for
 * byte; text given as a Java string has each surrogate escaped that way, as Jackson does.
 * Not thread-safe.
 */
final class JsonByteOutput {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    /** Per ASCII code: 0 = as it is, a letter = backslash and that letter, -1 = a six-character escape. */
    private static final int[] ESCAPES = new int[128];
    /** Characters of a long string encoded at a time (the buffer is made room for each chunk). */
    private static final int CHUNK = 8_192;

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final OutputStream out;
    private final byte[] buffer;
    private int position;

    JsonByteOutput(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[Math.max(bufferSize, 6 * CHUNK + 16)];
    }

    /** Bytes already encoded (names, indentation, punctuation). */
    void raw(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - position) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void nullValue() throws IOException {
        raw(NULL);
    }

    void bool(boolean value) throws IOException {
        raw(value ? TRUE : FALSE);
    }

    void number(long value) throws IOException {
        raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
    }

    /** A string given as its UTF-8 bytes: quoted, escaped where needed, otherwise copied unchanged. */
    void string(byte[] utf8) throws IOException {
        int length = utf8.length;
        int plain = 0;
        while (plain < length) {
            byte b = utf8[plain];
            if (b >= 0 && ESCAPES[b] != 0) {
                break;
            }
            plain++;
        }
        if (plain == length && length + 2 <= buffer.length - position) {
            buffer[position++] = '"';
            System.arraycopy(utf8, 0, buffer, position, length);
            position += length;
            buffer[position++] = '"';
            return;
        }
        room(1);
        buffer[position++] = '"';
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + CHUNK);
            room(6 * (end - start));
            for (int i = start; i < end; i++) {
                byte b = utf8[i];
                if (b >= 0 && ESCAPES[b] != 0) {
                    escape(b);
                } else {
                    buffer[position++] = b;
                }
            }
            start = end;
        }
        room(1);
        buffer[position++] = '"';
    }

    /** A string given as Java text: quoted, encoded as UTF-8, escaped as Jackson escapes it. */
    void string(String text) throws IOException {
        int length = text.length();
        room(1);
        buffer[position++] = '"';
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + CHUNK);
            room(6 * (end - start));
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (ESCAPES[c] != 0) {
                        escape(c);
                    } else {
                        buffer[position++] = (byte) c;
                    }
                } else if (c < 0x800) {
                    buffer[position++] = (byte) (0xC0 | (c >> 6));
                    buffer[position++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    unicodeEscape(c);
                } else {
                    buffer[position++] = (byte) (0xE0 | (c >> 12));
                    buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buffer[position++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            start = end;
        }
        room(1);
        buffer[position++] = '"';
    }

    /** Writes out what the buffer holds (the stream itself is neither flushed nor closed). */
    void flushBuffer() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private void escape(int c) {
        int code = ESCAPES[c];
        if (code > 0) {
            buffer[position++] = '\\';
            buffer[position++] = (byte) code;
        } else {
            unicodeEscape(c);
        }
    }

    private void unicodeEscape(int c) {
        buffer[position++] = '\\';
        buffer[position++] = 'u';
        buffer[position++] = HEX[(c >> 12) & 0xF];
        buffer[position++] = HEX[(c >> 8) & 0xF];
        buffer[position++] = HEX[(c >> 4) & 0xF];
        buffer[position++] = HEX[c & 0xF];
    }

    private void room(int bytes) throws IOException {
        if (bytes > buffer.length - position) {
            flushBuffer();
        }
    }
}
