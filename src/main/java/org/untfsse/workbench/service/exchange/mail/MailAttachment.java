package org.untfsse.workbench.service.exchange.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.untfsse.workbench.service.common.SafeFileName;

/**
 * A file to attach, as the exact bytes that go into the message (for minutes: the same bytes
 * whose hash the circulation record keeps). {@code mediaType} like {@code application/pdf}.
 */
public record MailAttachment(String fileName, String mediaType, byte[] bytes) {

    public MailAttachment {
        Objects.requireNonNull(bytes, "bytes");
        // The mail program saves the attachment under this name: it must be a safe file name everywhere.
        fileName = SafeFileName.of(fileName, "attachment");
        mediaType = MimeText.safeMediaType(mediaType);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The media type for a file name by its extension; {@code application/octet-stream} when unknown. */
    public static String mediaTypeFor(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc" -> "application/msword";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "html", "htm" -> "text/html";
            case "md" -> "text/markdown";
            case "txt" -> "text/plain";
            case "csv" -> "text/csv";
            case "json" -> "application/json";
            case "zip" -> "application/zip";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "ics" -> "text/calendar";
            default -> "application/octet-stream";
        };
    }
}
