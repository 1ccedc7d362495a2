package org.untfsse.workbench.service.meeting.minutes;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.untfsse.workbench.i18n.Messages;

/**
 * Minutes as a formal A4 PDF (OpenPDF): a title block, attendance by group, agenda, minutes per
 * item, numbered decisions and the action table; the status line and "Page n of N" on every page.
 * Text is placed as text, never parsed, so nothing the user typed can act as markup.
 */
final class PdfMinutesWriter implements MinutesWriter {

    static final Color UN_BLUE = new Color(0x00, 0x49, 0x87);
    static final Color LIGHT = new Color(0xEE, 0xF4, 0xFA);
    static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    final Font body = PdfFonts.times(10.5f, Font.NORMAL);
    final Font bodyBold = PdfFonts.times(10.5f, Font.BOLD);
    final Font bodyItalic = PdfFonts.times(10.5f, Font.ITALIC);
    final Font small = PdfFonts.helvetica(8.5f, false, null);
    final Font smallBold = PdfFonts.helvetica(8.5f, true, null);
    final Font heading = PdfFonts.helvetica(12.5f, true, UN_BLUE);
    final Font subheading = PdfFonts.helvetica(10.5f, true, UN_BLUE);

    @Override
    public byte[] write(MinutesDocument doc, Messages m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 64, 64, 72, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PdfPageFurniture(doc.taskForce() + " — " + doc.meetingTitle(), doc.statusLine(), m));
            pdf.addTitle(doc.meetingTitle());
            pdf.addSubject(doc.taskForce());
            pdf.addCreator("Secretariat Workbench");
            // Dated by the meeting, not the clock: the same minutes always render to the same bytes.
            java.util.Calendar dated = java.util.GregorianCalendar.from(doc.start().atStartOfDay(java.time.ZoneOffset.UTC));
            pdf.addModificationDate(new com.lowagie.text.pdf.PdfDate(dated));
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, new com.lowagie.text.pdf.PdfDate(dated));
            pdf.open();
            titleBlock(pdf, doc, m);
            attendance(pdf, doc, m);
            agenda(pdf, doc, m);
            decisions(pdf, doc, m);
            section(pdf, m.get("minutes.heading.actions"));
            pdf.add(actionTable(doc.actions(), m));
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        }
        return PdfFileId.deterministic(out.toByteArray());
    }

    private void titleBlock(Document pdf, MinutesDocument doc, Messages m) throws DocumentException {
        Paragraph org = new Paragraph(doc.taskForce().toUpperCase(m.locale()), PdfFonts.helvetica(10, true, UN_BLUE));
        org.setAlignment(Element.ALIGN_CENTER);
        pdf.add(org);
        Paragraph title = new Paragraph(m.get("minutes.documentTitle", doc.meetingTitle()),
                PdfFonts.times(17, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(6);
        title.setSpacingAfter(10);
        pdf.add(title);
        var f = MinutesAssembler.dateFormat(m);
        PdfPTable details = new PdfPTable(new float[] {1, 3.2f});
        details.setWidthPercentage(100);
        row(details, m.get("minutes.label.kind"), doc.kind());
        row(details, m.get("minutes.label.date"), f.format(doc.start())
                + (doc.end().equals(doc.start()) ? "" : " – " + f.format(doc.end())));
        row(details, m.get("minutes.label.place"), doc.place());
        row(details, m.get("minutes.label.chair"), doc.chair());
        row(details, m.get("minutes.label.status"), doc.statusLine());
        pdf.add(details);
    }

    private void row(PdfPTable table, String label, String value) {
        PdfPCell l = cell(label, smallBold);
        l.setBackgroundColor(LIGHT);
        table.addCell(l);
        table.addCell(cell(value, body));
    }

    private void attendance(Document pdf, MinutesDocument doc, Messages m) throws DocumentException {
        section(pdf, m.get("minutes.heading.attendance"));
        pdf.add(new Paragraph(doc.attendanceSummary(), body));
        group(pdf, m.get("minutes.heading.members"), doc.members(), m);
        group(pdf, m.get("minutes.heading.observers"), doc.observers(), m);
    }

    private void group(Document pdf, String title, java.util.List<MinutesDocument.AttendanceLine> lines, Messages m)
            throws DocumentException {
        Paragraph p = new Paragraph(title, subheading);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        pdf.add(p);
        PdfPTable t = new PdfPTable(new float[] {3.4f, 1.2f, 2.4f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        header(t, m.get("minutes.column.organization"), m.get("minutes.column.attendance"),
                m.get("minutes.column.representative"));
        for (MinutesDocument.AttendanceLine l : lines) {
            Phrase org = new Phrase();
            org.add(new Chunk(l.acronym() + "  ", smallBold));
            org.add(new Chunk(l.organization(), small));
            t.addCell(padded(new PdfPCell(org)));
            t.addCell(cell(l.status(), small));
            t.addCell(cell(l.contact().isEmpty() ? l.person() : l.person() + "\n" + l.contact(), small));
        }
        pdf.add(t);
    }

    private void agenda(Document pdf, MinutesDocument doc, Messages m) throws DocumentException {
        section(pdf, m.get("minutes.heading.agenda"));
        List list = new List(List.ORDERED);
        list.setListSymbol(new Chunk("", body));
        list.setIndentationLeft(12);
        doc.agenda().forEach(i -> list.add(new ListItem(i.title(), body)));
        pdf.add(list);
        section(pdf, m.get("minutes.heading.minutes"));
        for (MinutesDocument.Item item : doc.agenda()) {
            Paragraph t = new Paragraph(item.position() + ".  " + item.title(), subheading);
            t.setSpacingBefore(8);
            t.setKeepTogether(true);
            pdf.add(t);
            if (!item.presenter().isEmpty()) {
                pdf.add(new Paragraph(m.get("minutes.label.presenter") + ": " + item.presenter(), bodyItalic));
            }
            new PdfMarkup(body).addTo(pdf, item.minutes());
            if (!item.followUp().isEmpty()) {
                pdf.add(actionTable(item.followUp(), m));
            }
        }
    }

    private void decisions(Document pdf, MinutesDocument doc, Messages m) throws DocumentException {
        section(pdf, m.get("minutes.heading.decisions"));
        if (doc.decisions().isEmpty()) {
            pdf.add(new Paragraph(m.get("minutes.none"), bodyItalic));
        }
        for (MinutesDocument.DecisionLine d : doc.decisions()) {
            Paragraph head = new Paragraph();
            head.setSpacingBefore(6);
            head.add(new Chunk(m.get("minutes.label.decision", d.number()), bodyBold));
            head.add(new Chunk("   " + d.outcome(), bodyItalic));
            pdf.add(head);
            Paragraph text = new Paragraph(d.text(), body);
            text.setIndentationLeft(14);
            pdf.add(text);
            for (String r : d.reservations()) {
                Paragraph res = new Paragraph(m.get("minutes.label.reservation") + " — " + r, bodyItalic);
                res.setIndentationLeft(14);
                pdf.add(res);
            }
        }
    }

    private PdfPTable actionTable(java.util.List<MinutesDocument.ActionLine> actions, Messages m) {
        PdfPTable t = new PdfPTable(new float[] {4.2f, 1.6f, 1.3f, 1});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        header(t, m.get("minutes.column.action"), m.get("minutes.column.owner"), m.get("minutes.column.due"),
                m.get("minutes.column.status"));
        for (MinutesDocument.ActionLine a : actions) {
            t.addCell(cell(a.text(), small));
            t.addCell(cell(a.owner(), small));
            t.addCell(cell(a.due(), small));
            t.addCell(cell(a.status(), small));
        }
        if (actions.isEmpty()) {
            PdfPCell none = cell(m.get("minutes.none"), small);
            none.setColspan(4);
            t.addCell(none);
        }
        return t;
    }

    private void header(PdfPTable t, String... titles) {
        for (String title : titles) {
            PdfPCell c = cell(title, PdfFonts.helvetica(8.5f, true, Color.WHITE));
            c.setBackgroundColor(UN_BLUE);
            t.addCell(c);
        }
    }

    private void section(Document pdf, String title) throws DocumentException {
        Paragraph p = new Paragraph(title, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        pdf.add(p);
    }

    private PdfPCell cell(String text, Font font) {
        return padded(new PdfPCell(new Phrase(text, font)));
    }

    private static PdfPCell padded(PdfPCell c) {
        c.setPadding(4);
        c.setBorderColor(RULE);
        return c;
    }
}
