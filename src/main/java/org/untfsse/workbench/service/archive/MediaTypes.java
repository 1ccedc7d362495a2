package org.untfsse.workbench.service.archive;

import java.util.Locale;
import java.util.Map;

/** The media type of a file, judged by its name's extension (the archive never runs the file). */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String TEXT = "text/plain";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("docx", DOCX), Map.entry("odt", ODT),
            Map.entry("html", HTML), Map.entry("htm", HTML), Map.entry("xhtml", HTML),
            Map.entry("md", MARKDOWN), Map.entry("markdown", MARKDOWN),
            Map.entry("txt", TEXT), Map.entry("text", TEXT), Map.entry("csv", "text/csv"),
            Map.entry("doc", "application/msword"), Map.entry("xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"));

    private MediaTypes() {
    }

    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
