package org.untfsse.workbench.service.meeting.minutes;

import java.util.Locale;

/** The formats minutes are exported in. */
public enum MinutesFormat {
    PDF("pdf"),
    DOCX("docx"),
    HTML("html"),
    MD("md"),
    JSON("json");

    private final String extension;

    MinutesFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static MinutesFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (MinutesFormat f : values()) {
            if (f.extension.equals(t) || f.name().equalsIgnoreCase(t) || (f == MD && t.equals("markdown"))) {
                return f;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
