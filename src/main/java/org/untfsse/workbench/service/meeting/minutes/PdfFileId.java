package org.untfsse.workbench.service.meeting.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes a PDF's file identifier (the trailer's {@code /ID}, which OpenPDF fills with random bytes)
 * a digest of the content before it, so that the same minutes always render to the same bytes:
 * the file attached to a circulation e-mail then equals {@code minutes export} of the same meeting,
 * and its recorded SHA-256 can be checked against either. Same length, so no offset moves.
 */
final class PdfFileId {

    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);

    private PdfFileId() {
    }

    static byte[] deterministic(byte[] pdf) {
        int at = lastIndexOf(pdf, MARKER);
        if (at < 0) {
            return pdf;
        }
        int first = at + MARKER.length;
        int close = indexOf(pdf, (byte) '>', first);
        if (close < 0 || close + 2 >= pdf.length || pdf[close + 1] != '<') {
            return pdf;
        }
        int second = close + 2;
        int length = close - first;
        if (second + length >= pdf.length || pdf[second + length] != '>') {
            return pdf;
        }
        byte[] hex = hex(pdf, at, length);
        byte[] out = pdf.clone();
        System.arraycopy(hex, 0, out, first, length);
        System.arraycopy(hex, 0, out, second, length);
        return out;
    }

    private static byte[] hex(byte[] pdf, int upTo, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(pdf, 0, upTo);
            String text = HexFormat.of().formatHex(digest.digest());
            while (text.length() < length) {
                text = text + text;
            }
            return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int lastIndexOf(byte[] data, byte[] what) {
        outer:
        for (int i = data.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
