package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of an archived file for the search index: PDF (PDFBox), DOCX and ODT (their XML
 * read straight from the zip), HTML (tags stripped), Markdown and plain text. Empty when the type
 * holds no text it knows (an image, say); throws when a file of a known type cannot be read.
 */
public final class TextExtractor {

    /** The index keeps at most this many characters of one document's text. */
    static final int MAX_CHARS = 2_000_000;

    public Optional<String> extract(Path file, String mediaType) throws IOException {
        String text = switch (mediaType) {
            case MediaTypes.PDF -> pdf(file);
            case MediaTypes.DOCX -> OfficeXmlText.docx(file);
            case MediaTypes.ODT -> OfficeXmlText.odt(file);
            case MediaTypes.HTML -> HtmlText.strip(plain(file));
            case MediaTypes.MARKDOWN, MediaTypes.TEXT, "text/csv" -> plain(file);
            default -> null;
        };
        if (text == null) {
            return Optional.empty();
        }
        String tidy = text.replace('\u0000', ' ').strip();
        return Optional.of(tidy.length() > MAX_CHARS ? tidy.substring(0, MAX_CHARS) : tidy);
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String plain(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
}
