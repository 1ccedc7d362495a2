package org.untfsse.workbench.service.meeting.minutes;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/** Lays the minutes' Markdown subset out as PDF paragraphs and lists. */
final class PdfMarkup {

    private final Font body;

    PdfMarkup(Font body) {
        this.body = body;
    }

    void addTo(Document pdf, String text) throws DocumentException {
        for (MinutesMarkup.Block b : MinutesMarkup.parse(text)) {
            if (b.list() == MinutesMarkup.ListKind.NONE) {
                Paragraph p = new Paragraph();
                p.setSpacingBefore(4);
                p.setLeading(14);
                p.add(phrase(b.lines().get(0)));
                pdf.add(p);
            } else {
                com.lowagie.text.List list = new com.lowagie.text.List(b.list() == MinutesMarkup.ListKind.NUMBERS);
                list.setIndentationLeft(12);
                list.setListSymbol(new Chunk(b.list() == MinutesMarkup.ListKind.BULLETS ? "•  " : "", body));
                for (java.util.List<MinutesMarkup.Span> line : b.lines()) {
                    ListItem item = new ListItem();
                    item.add(phrase(line));
                    list.add(item);
                }
                pdf.add(list);
            }
        }
    }

    private Phrase phrase(java.util.List<MinutesMarkup.Span> spans) {
        Phrase phrase = new Phrase();
        for (MinutesMarkup.Span s : spans) {
            int style = (s.bold() ? Font.BOLD : 0) | (s.italic() ? Font.ITALIC : 0);
            phrase.add(new Chunk(s.text(), PdfFonts.times(body.getSize(), style)));
        }
        return phrase;
    }
}
