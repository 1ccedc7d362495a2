package org.untfsse.workbench.service.meeting.minutes;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The standard PDF fonts with an explicit Windows-1252 encoding. Fonts named only by family make
 * OpenPDF switch a whole run of text to Helvetica as soon as it holds a dash or a curly quote;
 * explicit base fonts keep the run in its own typeface.
 */
final class PdfFonts {

    private PdfFonts() {
    }

    static Font times(float size, int style) {
        return font(switch (style & (Font.BOLD | Font.ITALIC)) {
            case Font.BOLD -> BaseFont.TIMES_BOLD;
            case Font.ITALIC -> BaseFont.TIMES_ITALIC;
            case Font.BOLD | Font.ITALIC -> BaseFont.TIMES_BOLDITALIC;
            default -> BaseFont.TIMES_ROMAN;
        }, size, null);
    }

    static Font helvetica(float size, boolean bold, Color color) {
        return font(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, size, color);
    }

    private static Font font(String name, float size, Color color) {
        try {
            BaseFont base = BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            return color == null ? new Font(base, size) : new Font(base, size, Font.NORMAL, color);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Standard PDF font " + name + " unavailable", e);
        }
    }
}
