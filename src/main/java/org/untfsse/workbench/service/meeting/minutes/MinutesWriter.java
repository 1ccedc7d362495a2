package org.untfsse.workbench.service.meeting.minutes;

import java.io.IOException;
import org.untfsse.workbench.i18n.Messages;

/** Lays out assembled minutes in one format; fixed headings come from {@code messages}. */
public interface MinutesWriter {

    byte[] write(MinutesDocument doc, Messages messages) throws IOException;

    /**
     * The writer for {@code format}. PDF and DOCX writers are only loaded here, when someone
     * exports, so their libraries stay off the start-up path.
     */
    static MinutesWriter of(MinutesFormat format) {
        return switch (format) {
            case MD -> new MarkdownMinutesWriter();
            case HTML -> new HtmlMinutesWriter();
            case JSON -> new JsonMinutesWriter();
            case PDF -> new PdfMinutesWriter();
            case DOCX -> new DocxMinutesWriter();
        };
    }
}
