package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
// Exported in title order: "Document 10" (REPORT.pdf) before "Document 9" (report.pdf).
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.SafeFileName;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** File names from imports are sanitised: documents that arrive in a bundle with hostile names export safely. */
class ArchiveExportNamesTest {

    @TempDir
    Path dir;

    private static final List<String> HOSTILE = List.of("../../etc/passwd", "a/b\\c.txt", "CON.txt", "name.",
            "\u202Egnp.exe", "x".repeat(500) + ".pdf", "", "   ", "..\\..\\evil.bat", "report.pdf", "REPORT.pdf",
            "archive-metadata.json", "notes.txt");

    @Test
    void documents_imported_with_hostile_file_names_export_inside_the_folder_under_safe_names() throws Exception {
        Path bundle = dir.resolve("bundle.json");
        Path zip = dir.resolve("bundle-files.zip");
        Map<String, String> nameByTitle = new LinkedHashMap<>();
        try (AppContext sender = TestWorkbench.open(dir.resolve("sender"))) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                Path file = ArchiveTestFiles.text(dir, "file-" + i + ".txt", "content of document " + i);
                sender.archive().addFiles(List.of(file), Document.draft("Document " + i, DocumentKind.OTHER), Progress.NONE);
                nameByTitle.put("Document " + i, HOSTILE.get(i));
            }
            sender.exchange().export(bundle, zip, false, Progress.NONE);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(bundle.toFile());
        for (JsonNode d : root.get("documents")) {
            ((ObjectNode) d).put("fileName", nameByTitle.get(d.get("title").asText()));
        }
        json.writerWithDefaultPrettyPrinter().writeValue(bundle.toFile(), root);

        Path out = Files.createDirectories(dir.resolve("export"));
        Files.writeString(out.resolve("notes.txt"), "an officer's own file, already in the folder");
        try (AppContext receiver = TestWorkbench.open(dir.resolve("receiver"))) {
            receiver.exchange().importBundle(bundle, zip, Progress.NONE);
            List<UUID> ids = receiver.archive().search("", org.untfsse.workbench.model.archive.DocumentFilter.NONE,
                    org.untfsse.workbench.model.archive.SearchSort.TITLE, 0, 100).stream().map(h -> h.id()).toList();
            assertThat(ids).hasSize(HOSTILE.size());

            ArchiveExporter.Result result = receiver.archive().export(ids, out, Progress.NONE);

            assertThat(result.files()).isEqualTo(HOSTILE.size());
        }
        List<Path> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(p -> !p.equals(out)).forEach(written::add);
        }
        List<String> names = written.stream().map(p -> out.relativize(p).toString()).toList();
        assertThat(written).allSatisfy(p -> {
            assertThat(p.getParent()).isEqualTo(out);
            assertThat(Files.isRegularFile(p)).isTrue();
        });
        assertThat(names).containsExactlyInAnyOrder("passwd", "c.txt", "_CON.txt", "name", "gnp.exe",
                "x".repeat(196) + ".pdf", sha256("content of document 6"), sha256("content of document 7"), "evil.bat", "REPORT.pdf", "report (2).pdf",
                "archive-metadata (2).json", "notes (2).txt", "notes.txt", "archive-metadata.json");
        assertThat(out.resolve("notes.txt")).hasContent("an officer's own file, already in the folder");
        assertThat(out.resolve("_CON.txt")).hasContent("content of document 2");
        assertThat(names).allSatisfy(n -> assertThat(SafeFileName.of(n)).isEqualTo(n));
        assertThat(Files.exists(dir.resolve("etc"))).isFalse();
        assertThat(Files.readString(out.resolve(ArchiveExporter.METADATA_FILE)))
                .contains("\"exportedAs\" : \"_CON.txt\"").contains("\"originalName\" : \"CON.txt\"");
    }

    /** A document without a usable name is exported under its hash. */
    private static String sha256(String content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
