package org.untfsse.workbench.service.exchange;

import java.util.List;

/** The fixed parts of the bundle format (DESIGN.md, "JSON bundle") and the limits against hostile files. */
public final class BundleFormat {

    public static final String FORMAT = "secretariat-workbench-bundle";
    public static final int SCHEMA_VERSION = 1;

    /** Top-level keys in the order they are written; sections not registered are omitted. */
    public static final List<String> SECTION_ORDER = List.of(
            "organizations", "memberships", "people", "offices", "rotationTerms", "meetings", "documents",
            "mailTemplates", "savedSearches");

    /** Deepest nesting of objects and arrays a bundle may have (the format itself needs about six). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest single text value, in characters. */
    public static final int MAX_STRING_LENGTH = 5_000_000;
    /** Largest bundle file, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = 4L * 1024 * 1024 * 1024;
    /** Longest field name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Most problems listed before the reader stops looking for more. */
    public static final int MAX_PROBLEMS = 1_000;

    public static final String SCHEMA_RESOURCE = "/org/untfsse/workbench/exchange/bundle.schema.json";
    public static final String SAMPLE_RESOURCE = "/sample/untfsse-sample.json";

    private BundleFormat() {
    }

    /** Sorts section keys by {@link #SECTION_ORDER}; unknown keys go last, alphabetically. */
    public static int orderOf(String key) {
        int index = SECTION_ORDER.indexOf(key);
        return index < 0 ? SECTION_ORDER.size() : index;
    }
}
