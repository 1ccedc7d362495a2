package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.store.exchange.DocumentBundleStore;
import org.untfsse.workbench.store.exchange.RosterBundleStore;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The export writes the bundle's layout itself; its bytes must be exactly those Jackson's generator
 * and pretty printer write (the format the round-trip tests and every earlier bundle rely on),
 * for every character a record can hold.
 */
class BundleWriterBytesTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path temp;

    /** Every character from U+0000 to U+FFFF (lone surrogates included), then emoji and separators. */
    private static String hostile() {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            s.append((char) c);
        }
        return s.append("😀 \uD83C\uDF0D \u2028 \u2029 \\\" \\u0000 \"\"\n\r\t").toString();
    }

    @Test
    void the_export_writes_the_same_bytes_as_jacksons_pretty_printer_for_hostile_text_in_every_section()
            throws Exception {
        try (AppContext sample = TestWorkbench.open(temp.resolve("sample"))) {
            sample.exchange().loadSampleData(Progress.NONE); // meetings with their nested parts
            assertSameBytes(sample);
        }
        try (AppContext a = TestWorkbench.open(temp.resolve("generated"))) {
            BundleFixtures.generate(a, 40, 3);
            BundleFixtures.generateRotationAndDocuments(a, 12, 3);
            String nasty = hostile();
            String controls = nasty.substring(0, 0x80) + "é € 😀 \u2028 \u2029";
            UUID org = new UUID(1, 1);
            RosterBundleStore roster = new RosterBundleStore(a.database());
            DocumentBundleStore documents = new DocumentBundleStore(a.database());
            a.database().write(() -> {
                // Stored text columns go to the writer as their UTF-8 bytes; documents as Java strings.
                roster.saveOrganizations(List.of(new Organization(org, "X" + controls, controls, OrganizationKind.OTHER,
                        controls, nasty, AT)));
                roster.savePeople(List.of(new Person(new UUID(1, 2), org, "x" + controls + "x", controls, controls,
                        controls, PersonRole.OTHER, LocalDate.of(2020, 1, 1), null, AT)));
                documents.save(new Document(new UUID(1, 3), "t" + controls + "t", DocumentKind.OTHER, controls, null,
                        List.of(controls), List.of(org), List.of(controls, "b" + controls), nasty + nasty, List.of(),
                        List.of(), null, ExtractionStatus.NONE, "", AT), "");
                return null;
            });
            assertStoredRowsMatchTheRecords(a);
            byte[] bundle = assertSameBytes(a);
            assertThat(bundle.length).isGreaterThan(200_000);
            assertThat(new String(bundle, StandardCharsets.UTF_8)).contains("\\u001F", "\\uD83D", "\u2028", "\\b");
        }
    }

    /**
     * The rows the roster hands the export as stored bytes say what the records say: empty texts
     * as empty, NULL as null (SQLite hands out both as no bytes).
     */
    private static void assertStoredRowsMatchTheRecords(AppContext context) {
        for (BundleSection<?> section : context.exchange().sections()) {
            List<List<String>> rows = new java.util.ArrayList<>();
            List<List<String>> records = new java.util.ArrayList<>();
            context.database().read(() -> {
                section.forEachStoredValues(values -> rows.add(texts(values)));
                collect(section, records);
                return null;
            });
            assertThat(rows).as(section.key()).hasSize(records.size()).isEqualTo(records);
        }
    }

    private static <T> void collect(BundleSection<T> section, List<List<String>> into) {
        section.forEachStored(record -> into.add(texts(section.values(record))));
    }

    private static List<String> texts(Object[] values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? "<null>"
                : v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString()).toList();
    }

    /** Compares both writers on {@code context}'s database, with and without personal fields. */
    private static byte[] assertSameBytes(AppContext context) {
        byte[] ours = null;
        for (boolean omitPersonal : new boolean[] {true, false}) {
            ours = context.database().read(() -> bytes(out ->
                    new BundleWriter(context.exchange().sections()).write(out, AT, omitPersonal, Progress.NONE)));
            byte[] jackson = context.database().read(() -> bytes(out ->
                    new JacksonBundleWriter(context.exchange().sections()).write(out, AT, omitPersonal, Progress.NONE)));
            assertThat(ours).isEqualTo(jackson);
        }
        return ours;
    }

    @Test
    void text_as_java_strings_is_escaped_as_jackson_escapes_it() throws IOException {
        String nasty = hostile();
        String chunkEdges = ("x".repeat(8_191) + "\u0001" + "é".repeat(8_191) + "\uD800\"").repeat(9);
        for (String text : List.of("", "plain", nasty, chunkEdges, nasty.repeat(3))) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            JsonByteOutput out = new JsonByteOutput(ours, 1);
            out.string(text);
            out.flushBuffer();
            assertThat(ours.toByteArray()).isEqualTo(jackson(g -> g.writeString(text)));
        }
    }

    @Test
    void text_as_utf8_bytes_is_copied_byte_for_byte_and_escaped_as_jackson_escapes_it() throws IOException {
        byte[] everyByte = new byte[256 * 3];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i; // invalid UTF-8 too: copied as it is
        }
        byte[] long1 = ("ab\"\\\n".repeat(40_000) + "é😀\u2028").getBytes(StandardCharsets.UTF_8);
        byte[] plainLong = "z".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        for (byte[] utf8 : List.of(new byte[0], everyByte, long1, plainLong, hostile().getBytes(StandardCharsets.UTF_8))) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            JsonByteOutput out = new JsonByteOutput(ours, 1);
            out.raw(new byte[] {'['});
            out.string(utf8);
            out.string(utf8);
            out.raw(new byte[] {']'});
            out.flushBuffer();
            byte[] expected = jackson(g -> {
                g.writeStartArray();
                g.writeUTF8String(utf8, 0, utf8.length);
                g.writeUTF8String(utf8, 0, utf8.length);
                g.writeEndArray();
            });
            // Jackson puts a comma between array items; ours only writes what it is told.
            String e = new String(expected, StandardCharsets.ISO_8859_1);
            String o = new String(ours.toByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(o).isEqualTo(e.replaceFirst("\",\"", "\"\""));
        }
    }

    private interface JacksonWrite {
        void write(JsonGenerator g) throws IOException;
    }

    private interface BundleWrite {
        long write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] jackson(JacksonWrite write) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = BundleJson.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            write.write(g);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(BundleWrite write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
