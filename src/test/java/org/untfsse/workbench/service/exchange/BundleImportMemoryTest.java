package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.testsupport.ChildJvm;
import org.untfsse.workbench.testsupport.CrashImporter;

/**
 * The import does not hold the records of the large roster sections: a bundle of 150,000 people
 * (about 100 MB of records once read, 77 MB of JSON) imports in a JVM whose heap is 64 MB — into an
 * empty database (the bulk load) and then once more over the same rows (every record looked up and
 * merged, all unchanged). The importer that held every record ran out of heap here.
 */
class BundleImportMemoryTest {

    private static final int ORGANIZATIONS = 1_000;
    private static final int PEOPLE = 150_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void a_hundred_and_fifty_thousand_people_import_twice_in_a_64_mb_heap() throws Exception {
        Path bundle = dir.resolve("people.json");
        writeBundle(bundle);
        Path data = dir.resolve("data");
        Files.createDirectories(data);

        String first = importInChild(data, bundle);
        assertThat(first).contains("IMPORTED").doesNotContain("OutOfMemoryError");
        assertThat(count(data, "person")).isEqualTo(PEOPLE);
        assertThat(count(data, "organization")).isEqualTo(ORGANIZATIONS);

        String second = importInChild(data, bundle);
        assertThat(second).contains("IMPORTED").doesNotContain("OutOfMemoryError");
        assertThat(count(data, "person")).isEqualTo(PEOPLE);
        assertThat(count(data, "bundle_exchange")).as("the second import changed nothing, so it is not logged")
                .isEqualTo(1);
    }

    private String importInChild(Path data, Path bundle) throws Exception {
        Process child = ChildJvm.start(List.of(HEAP, "-XX:+UseSerialGC"), CrashImporter.class, data.toString(),
                bundle.toString());
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }

    /** Long names and titles, so that the records held would take about 100 MB. */
    private static void writeBundle(Path file) throws IOException {
        String padding = "x".repeat(200);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"format\": \"secretariat-workbench-bundle\",\n  \"schemaVersion\": 1,\n"
                    + "  \"exportedAt\": \"2026-11-01T00:00:00Z\",\n  \"organizations\": [\n");
            for (int i = 0; i < ORGANIZATIONS; i++) {
                out.write((i == 0 ? "" : ",\n") + "    {\"id\": \"" + id(1, i) + "\", \"acronym\": \"ORG" + i
                        + "\", \"name\": \"Organization " + i + "\", \"kind\": \"NETWORK\", \"website\": \"\","
                        + " \"notes\": \"\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}");
            }
            out.write("\n  ],\n  \"people\": [\n");
            for (int i = 0; i < PEOPLE; i++) {
                out.write((i == 0 ? "" : ",\n") + "    {\"id\": \"" + id(2, i) + "\", \"organizationId\": \""
                        + id(1, i % ORGANIZATIONS) + "\", \"name\": \"Person " + i + " " + padding
                        + "\", \"title\": \"Officer " + padding + "\", \"email\": \"p" + i + "@example.org\","
                        + " \"phone\": \"\", \"role\": \"FOCAL_POINT\", \"activeFrom\": null, \"activeTo\": null,"
                        + " \"updatedAt\": \"2026-11-01T00:00:00Z\"}");
            }
            out.write("\n  ]\n}\n");
        }
    }

    private static UUID id(int kind, int n) {
        return new UUID(0x1000_0000_0000_4000L | kind, 0x8000_0000_0000_0000L | n);
    }

    private static long count(Path data, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("workbench.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            return r.getLong(1);
        }
    }
}
