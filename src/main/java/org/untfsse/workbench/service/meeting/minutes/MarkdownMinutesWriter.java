package org.untfsse.workbench.service.meeting.minutes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;

/** Minutes as Markdown; every character the user typed that Markdown would read as markup is escaped. */
final class MarkdownMinutesWriter implements MinutesWriter {

    @Override
    public byte[] write(MinutesDocument doc, Messages m) {
        StringBuilder out = new StringBuilder();
        var f = MinutesAssembler.dateFormat(m);
        out.append("# ").append(esc(doc.taskForce())).append("\n\n");
        out.append("## ").append(esc(doc.meetingTitle())).append("\n\n");
        out.append("**").append(esc(doc.statusLine())).append("**\n\n");
        out.append("- ").append(m.get("minutes.label.kind")).append(": ").append(esc(doc.kind())).append('\n');
        out.append("- ").append(m.get("minutes.label.date")).append(": ").append(f.format(doc.start()))
                .append(doc.end().equals(doc.start()) ? "" : " – " + f.format(doc.end())).append('\n');
        out.append("- ").append(m.get("minutes.label.place")).append(": ").append(esc(doc.place())).append('\n');
        out.append("- ").append(m.get("minutes.label.chair")).append(": ").append(esc(doc.chair())).append("\n\n");

        out.append("## ").append(m.get("minutes.heading.attendance")).append("\n\n").append(esc(doc.attendanceSummary()))
                .append("\n\n");
        attendance(out, m.get("minutes.heading.members"), doc.members(), m);
        attendance(out, m.get("minutes.heading.observers"), doc.observers(), m);

        out.append("## ").append(m.get("minutes.heading.agenda")).append("\n\n");
        for (MinutesDocument.Item item : doc.agenda()) {
            out.append(item.position()).append(". ").append(esc(item.title())).append('\n');
        }
        out.append('\n');
        out.append("## ").append(m.get("minutes.heading.minutes")).append("\n\n");
        for (MinutesDocument.Item item : doc.agenda()) {
            out.append("### ").append(item.position()).append(". ").append(esc(item.title())).append("\n\n");
            if (!item.presenter().isEmpty()) {
                out.append('*').append(m.get("minutes.label.presenter")).append(": ").append(esc(item.presenter()))
                        .append("*\n\n");
            }
            markup(out, item.minutes());
            for (MinutesDocument.ActionLine a : item.followUp()) {
                out.append("- ").append(esc(a.text())).append(" — ").append(esc(a.owner())).append(", ")
                        .append(esc(a.status())).append('\n');
            }
            if (!item.followUp().isEmpty()) {
                out.append('\n');
            }
        }
        out.append("## ").append(m.get("minutes.heading.decisions")).append("\n\n");
        for (MinutesDocument.DecisionLine d : doc.decisions()) {
            out.append("**").append(m.get("minutes.label.decision", esc(d.number()))).append("** (")
                    .append(esc(d.outcome())).append(")  \n").append(esc(d.text())).append('\n');
            for (String r : d.reservations()) {
                out.append("- ").append(m.get("minutes.label.reservation")).append(": ").append(esc(r)).append('\n');
            }
            out.append('\n');
        }
        out.append("## ").append(m.get("minutes.heading.actions")).append("\n\n");
        out.append("| ").append(m.get("minutes.column.action")).append(" | ").append(m.get("minutes.column.owner"))
                .append(" | ").append(m.get("minutes.column.due")).append(" | ").append(m.get("minutes.column.status"))
                .append(" |\n|---|---|---|---|\n");
        for (MinutesDocument.ActionLine a : doc.actions()) {
            out.append("| ").append(cell(a.text())).append(" | ").append(cell(a.owner())).append(" | ")
                    .append(cell(a.due())).append(" | ").append(cell(a.status())).append(" |\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void attendance(StringBuilder out, String heading, List<MinutesDocument.AttendanceLine> lines,
                                   Messages m) {
        out.append("### ").append(heading).append("\n\n");
        for (MinutesDocument.AttendanceLine l : lines) {
            out.append("- **").append(esc(l.acronym())).append("** ").append(esc(l.organization())).append(" — ")
                    .append(esc(l.status()));
            if (!l.person().isEmpty()) {
                out.append(" (").append(esc(l.person()));
                out.append(l.contact().isEmpty() ? "" : ", " + esc(l.contact()));
                out.append(')');
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static void markup(StringBuilder out, String text) {
        for (MinutesMarkup.Block b : MinutesMarkup.parse(text)) {
            int n = 0;
            for (List<MinutesMarkup.Span> line : b.lines()) {
                switch (b.list()) {
                    case BULLETS -> out.append("- ");
                    case NUMBERS -> out.append(++n).append(". ");
                    case NONE -> { }
                }
                for (MinutesMarkup.Span s : line) {
                    String mark = (s.bold() ? "**" : "") + (s.italic() ? "*" : "");
                    out.append(mark).append(esc(s.text())).append(new StringBuilder(mark).reverse());
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    /** Backslash-escapes the characters Markdown (and inline HTML) would interpret. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>&~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return esc(text).replace("\n", " ");
    }
}
