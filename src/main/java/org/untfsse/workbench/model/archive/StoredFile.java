package org.untfsse.workbench.model.archive;

import java.util.Objects;

/** A file kept in the archive folder under its SHA-256 (lower-case hex), with what it was called when added. */
public record StoredFile(String sha256, String originalName, String mediaType, long size) {

    public StoredFile {
        Objects.requireNonNull(sha256, "sha256");
        originalName = originalName == null ? "" : originalName;
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    }

    /** The file's extension with its dot (".pdf"), or "" when the original name has none. */
    public String extension() {
        int dot = originalName.lastIndexOf('.');
        return dot > 0 && dot < originalName.length() - 1 ? originalName.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
