package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real documents of each format, made in the test: a PDF by PDFBox, DOCX and ODT as real zips. */
public final class ArchiveTestFiles {

    private ArchiveTestFiles() {
    }

    public static Path pdf(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path folder, String name, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        }
        return zip(folder.resolve(name), "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>",
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    }

    public static Path odt(Path folder, String name, String heading, String paragraph) throws IOException {
        return zip(folder.resolve(name), "mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:h>" + heading + "</text:h><text:p>" + paragraph + "</text:p>"
                        + "</office:text></office:body></office:document-content>");
    }

    public static Path text(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, String... namesAndContents) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
