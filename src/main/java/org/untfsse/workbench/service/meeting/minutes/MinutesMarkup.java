package org.untfsse.workbench.service.meeting.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * The small Markdown subset minutes are written in: paragraphs (blank-line separated), bullet
 * lists ({@code -} or {@code *}), numbered lists ({@code 1.}), **bold** and *italics*. Parsed
 * into plain blocks, so every output format renders (and escapes) the text itself.
 */
public final class MinutesMarkup {

    /** A run of text with its emphasis. */
    public record Span(String text, boolean bold, boolean italic) {
    }

    /** A paragraph ({@code list} NONE) or a list whose entries are {@code lines}. */
    public record Block(ListKind list, List<List<Span>> lines) {
    }

    public enum ListKind { NONE, BULLETS, NUMBERS }

    private MinutesMarkup() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        ListKind kind = null;
        List<List<Span>> lines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : (text == null ? "" : text).replace("\r", "").split("\n", -1)) {
            String line = raw.strip();
            ListKind lineKind = line.matches("[-*]\\s+.*") ? ListKind.BULLETS
                    : line.matches("\\d{1,3}[.)]\\s+.*") ? ListKind.NUMBERS : null;
            if (line.isEmpty() || lineKind != null) {
                if (!paragraph.isEmpty()) {
                    blocks.add(new Block(ListKind.NONE, List.of(spans(paragraph.toString()))));
                    paragraph.setLength(0);
                }
                if (kind != null && (line.isEmpty() || lineKind != kind)) {
                    blocks.add(new Block(kind, List.copyOf(lines)));
                    lines.clear();
                    kind = null;
                }
                if (lineKind != null) {
                    kind = lineKind;
                    lines.add(spans(line.replaceFirst("^([-*]|\\d{1,3}[.)])\\s+", "")));
                }
            } else if (kind != null) {
                lines.get(lines.size() - 1).addAll(spans(" " + line));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(ListKind.NONE, List.of(spans(paragraph.toString()))));
        }
        if (kind != null) {
            blocks.add(new Block(kind, List.copyOf(lines)));
        }
        return blocks;
    }

    /** Splits a line at {@code **} and {@code *} markers; an unmatched marker stays literal. */
    static List<Span> spans(String line) {
        List<Span> out = new ArrayList<>();
        boolean bold = false;
        boolean italic = false;
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (line.startsWith("**", i) && (bold || line.indexOf("**", i + 2) > i + 2)) {
                flush(out, current, bold, italic);
                bold = !bold;
                i += 2;
            } else if (line.charAt(i) == '*' && (italic || line.indexOf('*', i + 1) > i + 1)) {
                flush(out, current, bold, italic);
                italic = !italic;
                i++;
            } else {
                current.append(line.charAt(i));
                i++;
            }
        }
        flush(out, current, bold, italic);
        return out;
    }

    private static void flush(List<Span> out, StringBuilder current, boolean bold, boolean italic) {
        if (!current.isEmpty()) {
            out.add(new Span(current.toString(), bold, italic));
            current.setLength(0);
        }
    }

    /** The text without markup, e.g. for search and plain listings. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Block b : parse(text)) {
            for (List<Span> line : b.lines()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                line.forEach(s -> out.append(s.text()));
            }
        }
        return out.toString();
    }
}
