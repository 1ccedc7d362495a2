package org.untfsse.workbench.service.meeting.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.untfsse.workbench.i18n.Messages;

/**
 * Minutes as a Word document (Apache POI): the same layout as the PDF, with the status line in the
 * page header and the page number in the footer. POI writes every text as XML character data, so
 * what the user typed cannot break the document.
 */
final class DocxMinutesWriter implements MinutesWriter {

    private static final String BLUE = "004987";
    private static final String FONT = "Times New Roman";

    @Override
    public byte[] write(MinutesDocument doc, Messages m) throws IOException {
        try (XWPFDocument w = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            furniture(w, doc, m);
            XWPFParagraph org = w.createParagraph();
            org.setAlignment(ParagraphAlignment.CENTER);
            run(org, doc.taskForce().toUpperCase(m.locale()), true, false, 10, BLUE);
            XWPFParagraph title = w.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setStyle("Title");
            run(title, m.get("minutes.documentTitle", doc.meetingTitle()), true, false, 17, null);
            var f = MinutesAssembler.dateFormat(m);
            XWPFTable details = w.createTable(0, 2);
            detail(details, m.get("minutes.label.kind"), doc.kind(), true);
            detail(details, m.get("minutes.label.date"), f.format(doc.start())
                    + (doc.end().equals(doc.start()) ? "" : " – " + f.format(doc.end())), false);
            detail(details, m.get("minutes.label.place"), doc.place(), false);
            detail(details, m.get("minutes.label.chair"), doc.chair(), false);
            detail(details, m.get("minutes.label.status"), doc.statusLine(), false);

            heading(w, m.get("minutes.heading.attendance"));
            text(w, doc.attendanceSummary());
            attendance(w, m.get("minutes.heading.members"), doc.members(), m);
            attendance(w, m.get("minutes.heading.observers"), doc.observers(), m);

            heading(w, m.get("minutes.heading.agenda"));
            for (MinutesDocument.Item item : doc.agenda()) {
                text(w, item.position() + ".  " + item.title());
            }
            heading(w, m.get("minutes.heading.minutes"));
            for (MinutesDocument.Item item : doc.agenda()) {
                XWPFParagraph h = w.createParagraph();
                h.setSpacingBefore(160);
                h.setKeepNext(true);
                run(h, item.position() + ".  " + item.title(), true, false, 11, BLUE);
                if (!item.presenter().isEmpty()) {
                    run(w.createParagraph(), m.get("minutes.label.presenter") + ": " + item.presenter(), false, true, 11, null);
                }
                markup(w, item.minutes());
                if (!item.followUp().isEmpty()) {
                    actions(w, item.followUp(), m);
                }
            }
            heading(w, m.get("minutes.heading.decisions"));
            for (MinutesDocument.DecisionLine d : doc.decisions()) {
                XWPFParagraph p = w.createParagraph();
                p.setSpacingBefore(120);
                run(p, m.get("minutes.label.decision", d.number()), true, false, 11, null);
                run(p, "   " + d.outcome(), false, true, 11, null);
                XWPFParagraph t = w.createParagraph();
                t.setIndentationLeft(280);
                run(t, d.text(), false, false, 11, null);
                for (String r : d.reservations()) {
                    XWPFParagraph rp = w.createParagraph();
                    rp.setIndentationLeft(280);
                    run(rp, m.get("minutes.label.reservation") + " — " + r, false, true, 11, null);
                }
            }
            heading(w, m.get("minutes.heading.actions"));
            actions(w, doc.actions(), m);
            // Dated by the meeting, not the clock: the same minutes always render to the same bytes.
            java.util.Date dated = java.util.Date.from(doc.start().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            w.getProperties().getCoreProperties().setCreated(java.util.Optional.of(dated));
            w.getProperties().getCoreProperties().setModified(java.util.Optional.of(dated));
            w.write(out);
            return ZipTimes.fixed(out.toByteArray(), dated.getTime());
        }
    }

    private static void furniture(XWPFDocument w, MinutesDocument doc, Messages m) {
        XWPFHeader header = w.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        run(hp, doc.taskForce() + " — " + doc.meetingTitle(), false, false, 8, "444444");
        XWPFParagraph status = header.createParagraph();
        status.setAlignment(ParagraphAlignment.RIGHT);
        run(status, doc.statusLine(), true, false, 8, "A4262C");
        XWPFFooter footer = w.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        run(fp, m.get("minutes.pageShort") + " ", false, false, 8, "444444");
        fp.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
    }

    private static void detail(XWPFTable table, String label, String value, boolean first) {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        if (first && row == null) {
            row = table.createRow();
        }
        while (row.getTableCells().size() < 2) {
            row.addNewTableCell();
        }
        row.getCell(0).setColor("EEF4FA");
        cellText(row.getCell(0).getParagraphs().get(0), label, true);
        cellText(row.getCell(1).getParagraphs().get(0), value, false);
    }

    private static void attendance(XWPFDocument w, String title, List<MinutesDocument.AttendanceLine> lines, Messages m) {
        XWPFParagraph p = w.createParagraph();
        p.setSpacingBefore(120);
        run(p, title, true, false, 10.5, BLUE);
        XWPFTable t = w.createTable(1, 3);
        headerRow(t, m.get("minutes.column.organization"), m.get("minutes.column.attendance"),
                m.get("minutes.column.representative"));
        for (MinutesDocument.AttendanceLine l : lines) {
            XWPFTableRow row = t.createRow();
            XWPFParagraph org = row.getCell(0).getParagraphs().get(0);
            cellText(org, l.acronym() + "  ", true);
            cellText(org, l.organization(), false);
            cellText(row.getCell(1).getParagraphs().get(0), l.status(), false);
            cellText(row.getCell(2).getParagraphs().get(0),
                    l.contact().isEmpty() ? l.person() : l.person() + " — " + l.contact(), false);
        }
    }

    private static void actions(XWPFDocument w, List<MinutesDocument.ActionLine> actions, Messages m) {
        XWPFTable t = w.createTable(1, 4);
        headerRow(t, m.get("minutes.column.action"), m.get("minutes.column.owner"), m.get("minutes.column.due"),
                m.get("minutes.column.status"));
        for (MinutesDocument.ActionLine a : actions) {
            XWPFTableRow row = t.createRow();
            cellText(row.getCell(0).getParagraphs().get(0), a.text(), false);
            cellText(row.getCell(1).getParagraphs().get(0), a.owner(), false);
            cellText(row.getCell(2).getParagraphs().get(0), a.due(), false);
            cellText(row.getCell(3).getParagraphs().get(0), a.status(), false);
        }
        w.createParagraph();
    }

    private static void headerRow(XWPFTable t, String... titles) {
        XWPFTableRow row = t.getRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.getCell(i).setColor(BLUE);
            XWPFRun r = row.getCell(i).getParagraphs().get(0).createRun();
            r.setText(titles[i]);
            r.setBold(true);
            r.setColor("FFFFFF");
            r.setFontSize(9);
            r.setFontFamily("Arial");
        }
    }

    private static void cellText(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        setText(r, text);
        r.setBold(bold);
        r.setFontSize(9);
        r.setFontFamily("Arial");
    }

    private static void heading(XWPFDocument w, String text) {
        XWPFParagraph p = w.createParagraph();
        p.setSpacingBefore(280);
        p.setSpacingAfter(80);
        p.setKeepNext(true);
        run(p, text, true, false, 12.5, BLUE).setFontFamily("Arial");
    }

    private static void text(XWPFDocument w, String text) {
        run(w.createParagraph(), text, false, false, 11, null);
    }

    private static void markup(XWPFDocument w, String text) {
        for (MinutesMarkup.Block b : MinutesMarkup.parse(text)) {
            int n = 0;
            for (List<MinutesMarkup.Span> line : b.lines()) {
                XWPFParagraph p = w.createParagraph();
                if (b.list() != MinutesMarkup.ListKind.NONE) {
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(240);
                    run(p, b.list() == MinutesMarkup.ListKind.BULLETS ? "•\t" : ++n + ".\t", false, false, 11, null);
                }
                for (MinutesMarkup.Span s : line) {
                    run(p, s.text(), s.bold(), s.italic(), 11, null);
                }
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, double size, String color) {
        XWPFRun r = p.createRun();
        setText(r, text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        if (color != null) {
            r.setColor(color);
        }
        return r;
    }

    /** Line breaks become Word breaks; characters XML 1.0 forbids are dropped rather than break the file. */
    private static void setText(XWPFRun r, String text) {
        String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
        String[] lines = clean.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }
}
