package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of word-processing files read straight from their zip: DOCX's {@code word/document.xml}
 * and ODT's {@code content.xml}, with a streaming XML reader (no DOCX library needed: Apache POI
 * would add ~15 MB for what is, here, paragraphs of text).
 */
final class OfficeXmlText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OfficeXmlText() {
    }

    static String docx(Path file) throws IOException {
        return read(file, "word/document.xml", true);
    }

    static String odt(Path file) throws IOException {
        return read(file, "content.xml", false);
    }

    private static String read(Path file, String entryName, boolean word) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException("The file has no " + entryName + "; it is not a valid document of its type");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return word ? docxText(reader(in)) : odtText(reader(in));
            }
        } catch (XMLStreamException e) {
            throw new IOException("The document's XML is damaged: " + e.getMessage(), e);
        }
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No DTDs or external entities from a file someone sent us.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    private static String docxText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "t" -> inText = true;
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "p" -> newLine(out);
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && "t".equals(r.getLocalName())) {
                inText = false;
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private static String odtText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && TEXT.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p", "h" -> {
                        newLine(out);
                        depth++;
                    }
                    case "s" -> out.append(' ');
                    case "tab" -> out.append('\t');
                    case "line-break" -> out.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && TEXT.equals(r.getNamespaceURI())
                    && ("p".equals(r.getLocalName()) || "h".equals(r.getLocalName()))) {
                depth--;
            } else if (depth > 0 && event == XMLStreamConstants.CHARACTERS) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
