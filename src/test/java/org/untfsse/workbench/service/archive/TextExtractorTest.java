package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

    @TempDir
    Path dir;

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void reads_the_text_of_a_pdf() throws IOException {
        Path pdf = ArchiveTestFiles.pdf(dir, "brief.pdf", "Cooperatives advance decent work");
        assertThat(extractor.extract(pdf, MediaTypes.PDF)).hasValueSatisfying(t -> assertThat(t).contains("Cooperatives advance decent work"));
    }

    @Test
    void reads_the_paragraphs_of_a_docx() throws IOException {
        Path docx = ArchiveTestFiles.docx(dir, "note.docx", "Promoting the SSE", "for sustainable development");
        assertThat(extractor.extract(docx, MediaTypes.DOCX)).hasValue("Promoting the SSE\nfor sustainable development");
    }

    @Test
    void reads_the_heading_and_paragraphs_of_an_odt() throws IOException {
        Path odt = ArchiveTestFiles.odt(dir, "minutes.odt", "47th regular meeting", "Decisions taken by consensus");
        assertThat(extractor.extract(odt, MediaTypes.ODT)).hasValue("47th regular meeting\nDecisions taken by consensus");
    }

    @Test
    void html_loses_its_tags_scripts_and_styles_and_decodes_entities() throws IOException {
        Path html = ArchiveTestFiles.text(dir, "page.html", "<html><head><title>x</title><style>p{}</style></head><body>"
                + "<script>alert('secret')</script><h1>Solidarity &amp; economy</h1><p>Fair&nbsp;trade &#8211; networks</p></body></html>");
        String text = extractor.extract(html, MediaTypes.HTML).orElseThrow();
        assertThat(text).contains("Solidarity & economy").contains("Fair trade – networks")
                .doesNotContain("alert").doesNotContain("<").doesNotContain("p{}");
    }

    @Test
    void markdown_and_plain_text_are_read_as_they_are() throws IOException {
        assertThat(extractor.extract(ArchiveTestFiles.text(dir, "a.md", "# Housing\nAffordable housing"), MediaTypes.MARKDOWN))
                .hasValue("# Housing\nAffordable housing");
        assertThat(extractor.extract(ArchiveTestFiles.text(dir, "a.txt", "Plain words"), MediaTypes.TEXT)).hasValue("Plain words");
    }

    @Test
    void an_image_has_no_text_and_a_broken_pdf_fails_with_a_reason() throws IOException {
        Path image = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(extractor.extract(image, "image/png")).isEmpty();
        Path broken = ArchiveTestFiles.text(dir, "broken.pdf", "this is not a PDF");
        assertThatThrownBy(() -> extractor.extract(broken, MediaTypes.PDF)).isInstanceOf(IOException.class);
    }
}
