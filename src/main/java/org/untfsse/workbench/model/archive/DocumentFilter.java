package org.untfsse.workbench.model.archive;

import java.util.UUID;

/** Narrows a search; a null field does not filter. */
public record DocumentFilter(DocumentKind kind, Integer year, UUID organizationId, String tag, String language) {

    public static final DocumentFilter NONE = new DocumentFilter(null, null, null, null, null);

    public DocumentFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return kind == null && year == null && organizationId == null && tag == null && language == null;
    }
}
