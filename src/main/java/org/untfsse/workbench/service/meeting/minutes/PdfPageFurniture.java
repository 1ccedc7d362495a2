package org.untfsse.workbench.service.meeting.minutes;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.untfsse.workbench.i18n.Messages;

/** What every page carries: the running title and the status line at the top, "Page n of N" at the bottom. */
final class PdfPageFurniture extends PdfPageEventHelper {

    private final String runningTitle;
    private final String statusLine;
    private final Messages messages;
    private final Font font = PdfFonts.helvetica(8, false, Color.DARK_GRAY);
    private final Font statusFont = PdfFonts.helvetica(8, true, new Color(0xA4, 0x26, 0x2C));
    private PdfTemplate total;
    private BaseFont base;

    PdfPageFurniture(String runningTitle, String statusLine, Messages messages) {
        this.runningTitle = runningTitle;
        this.statusLine = statusLine;
        this.messages = messages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
        base = font.getCalculatedBaseFont(false);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.getPageSize().getHeight() - 36;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(runningTitle, font), left, top, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(statusLine, statusFont), right, top - 11, 0);
        cb.setColorStroke(PdfMinutesWriter.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 16);
        cb.lineTo(right, top - 16);
        cb.moveTo(left, 46);
        cb.lineTo(right, 46);
        cb.stroke();
        String page = messages.get("minutes.page", writer.getPageNumber()) + " ";
        float width = base.getWidthPoint(page, 8);
        float x = (left + right) / 2 - width / 2;
        cb.beginText();
        cb.setFontAndSize(base, 8);
        cb.setColorFill(Color.DARK_GRAY);
        cb.setTextMatrix(x, 34);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, x + width, 34);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(statusLine, font), right, 22, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(base, 8);
        total.setColorFill(Color.DARK_GRAY);
        total.setTextMatrix(0, 0);
        total.showText(messages.get("minutes.pageTotal", writer.getPageNumber() - 1));
        total.endText();
    }
}
