package org.untfsse.workbench.service.meeting.minutes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;

/** Minutes as one self-contained HTML page; every text the user typed is escaped. */
final class HtmlMinutesWriter implements MinutesWriter {

    private static final String STYLE = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;color:#1b1b1b;line-height:1.45}
            header{border-bottom:2px solid #009edb;margin-bottom:1.2em}.status{color:#a4262c;font-weight:bold}
            h1{font-size:1.15em;text-transform:uppercase;letter-spacing:.04em;color:#004987}
            h2{font-size:1.3em;color:#004987;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eef4fa}
            dl{display:grid;grid-template-columns:8em 1fr;gap:.2em}dt{font-weight:bold}
            """;

    @Override
    public byte[] write(MinutesDocument doc, Messages m) {
        var f = MinutesAssembler.dateFormat(m);
        StringBuilder o = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(esc(m.locale().getLanguage()))
                .append("\">\n<head><meta charset=\"utf-8\"><title>").append(esc(doc.meetingTitle()))
                .append("</title><style>").append(STYLE).append("</style></head>\n<body>\n<header>\n");
        o.append("<h1>").append(esc(doc.taskForce())).append("</h1>\n<h2>").append(esc(doc.meetingTitle()))
                .append("</h2>\n<p class=\"status\">").append(esc(doc.statusLine())).append("</p>\n<dl>");
        dl(o, m.get("minutes.label.kind"), doc.kind());
        dl(o, m.get("minutes.label.date"), f.format(doc.start())
                + (doc.end().equals(doc.start()) ? "" : " – " + f.format(doc.end())));
        dl(o, m.get("minutes.label.place"), doc.place());
        dl(o, m.get("minutes.label.chair"), doc.chair());
        o.append("</dl>\n</header>\n");
        o.append("<h2>").append(esc(m.get("minutes.heading.attendance"))).append("</h2>\n<p>")
                .append(esc(doc.attendanceSummary())).append("</p>\n");
        attendance(o, m.get("minutes.heading.members"), doc.members(), m);
        attendance(o, m.get("minutes.heading.observers"), doc.observers(), m);
        o.append("<h2>").append(esc(m.get("minutes.heading.agenda"))).append("</h2>\n<ol>\n");
        doc.agenda().forEach(i -> o.append("<li>").append(esc(i.title())).append("</li>\n"));
        o.append("</ol>\n<h2>").append(esc(m.get("minutes.heading.minutes"))).append("</h2>\n");
        for (MinutesDocument.Item item : doc.agenda()) {
            o.append("<h3>").append(item.position()).append(". ").append(esc(item.title())).append("</h3>\n");
            if (!item.presenter().isEmpty()) {
                o.append("<p><em>").append(esc(m.get("minutes.label.presenter"))).append(": ")
                        .append(esc(item.presenter())).append("</em></p>\n");
            }
            markup(o, item.minutes());
            if (!item.followUp().isEmpty()) {
                actions(o, item.followUp(), m);
            }
        }
        o.append("<h2>").append(esc(m.get("minutes.heading.decisions"))).append("</h2>\n");
        for (MinutesDocument.DecisionLine d : doc.decisions()) {
            o.append("<p><strong>").append(esc(m.get("minutes.label.decision", d.number()))).append("</strong> — <em>")
                    .append(esc(d.outcome())).append("</em><br>").append(esc(d.text()).replace("\n", "<br>"))
                    .append("</p>\n");
            if (!d.reservations().isEmpty()) {
                o.append("<ul>");
                d.reservations().forEach(r -> o.append("<li>").append(esc(m.get("minutes.label.reservation")))
                        .append(": ").append(esc(r)).append("</li>"));
                o.append("</ul>\n");
            }
        }
        o.append("<h2>").append(esc(m.get("minutes.heading.actions"))).append("</h2>\n");
        actions(o, doc.actions(), m);
        o.append("</body>\n</html>\n");
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void dl(StringBuilder o, String term, String value) {
        o.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private static void attendance(StringBuilder o, String heading, List<MinutesDocument.AttendanceLine> lines,
                                   Messages m) {
        o.append("<h3>").append(esc(heading)).append("</h3>\n<table><tr><th>")
                .append(esc(m.get("minutes.column.organization"))).append("</th><th>")
                .append(esc(m.get("minutes.column.attendance"))).append("</th><th>")
                .append(esc(m.get("minutes.column.representative"))).append("</th></tr>\n");
        for (MinutesDocument.AttendanceLine l : lines) {
            o.append("<tr><td><strong>").append(esc(l.acronym())).append("</strong> ").append(esc(l.organization()))
                    .append("</td><td>").append(esc(l.status())).append("</td><td>").append(esc(l.person()))
                    .append(l.contact().isEmpty() ? "" : "<br>" + esc(l.contact())).append("</td></tr>\n");
        }
        o.append("</table>\n");
    }

    private static void actions(StringBuilder o, List<MinutesDocument.ActionLine> actions, Messages m) {
        o.append("<table><tr><th>").append(esc(m.get("minutes.column.action"))).append("</th><th>")
                .append(esc(m.get("minutes.column.owner"))).append("</th><th>").append(esc(m.get("minutes.column.due")))
                .append("</th><th>").append(esc(m.get("minutes.column.status"))).append("</th></tr>\n");
        for (MinutesDocument.ActionLine a : actions) {
            o.append("<tr><td>").append(esc(a.text())).append("</td><td>").append(esc(a.owner())).append("</td><td>")
                    .append(esc(a.due())).append("</td><td>").append(esc(a.status())).append("</td></tr>\n");
        }
        o.append("</table>\n");
    }

    private static void markup(StringBuilder o, String text) {
        for (MinutesMarkup.Block b : MinutesMarkup.parse(text)) {
            String tag = switch (b.list()) {
                case NONE -> null;
                case BULLETS -> "ul";
                case NUMBERS -> "ol";
            };
            if (tag != null) {
                o.append('<').append(tag).append('>');
            }
            for (List<MinutesMarkup.Span> line : b.lines()) {
                o.append(tag == null ? "<p>" : "<li>");
                for (MinutesMarkup.Span s : line) {
                    o.append(s.bold() ? "<strong>" : "").append(s.italic() ? "<em>" : "").append(esc(s.text()))
                            .append(s.italic() ? "</em>" : "").append(s.bold() ? "</strong>" : "");
                }
                o.append(tag == null ? "</p>\n" : "</li>");
            }
            if (tag != null) {
                o.append("</").append(tag).append(">\n");
            }
        }
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
