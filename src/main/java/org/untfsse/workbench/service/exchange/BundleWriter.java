package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.untfsse.workbench.service.common.Progress;

/**
 * Streams the whole database into one bundle: one record at a time from the store to the file,
 * so memory does not grow with the database. Call inside one read transaction (a consistent
 * snapshot).
 *
 * <p>The layout is written directly (pre-encoded names and indentation, see {@link RecordLayout};
 * values escaped by {@link JsonByteOutput}) rather than through Jackson's generator and pretty
 * printer: the bytes are the same, the export about a third faster. The round-trip tests and
 * {@code BundleWriterBytesTest} hold the bytes to those Jackson writes.
 */
final class BundleWriter {

    /** Records of a section are objects in an array in the root object: their fields are indented three times. */
    private static final int RECORD_LEVEL = 3;
    private static final int BUFFER = 1 << 20;

    private final List<BundleSection<?>> sections;

    BundleWriter(List<BundleSection<?>> sections) {
        this.sections = sections;
    }

    /** Writes the bundle; returns the number of records written. */
    long write(OutputStream stream, Instant exportedAt, boolean omitPersonal, Progress progress) throws IOException {
        long total = 0;
        for (BundleSection<?> s : sections) {
            total += s.countStored();
        }
        long[] done = {0};
        JsonByteOutput out = new JsonByteOutput(stream, BUFFER);
        out.raw(RecordLayout.bytes("{" + RecordLayout.newLine(1) + "\"format\": "));
        out.string(BundleFormat.FORMAT);
        out.raw(RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"schemaVersion\": "));
        out.number(BundleFormat.SCHEMA_VERSION);
        out.raw(RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"exportedAt\": "));
        out.string(exportedAt.toString());
        for (BundleSection<?> section : sections) {
            out.raw(RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"" + section.key() + "\": "));
            writeSection(out, section, omitPersonal, done, total, progress);
        }
        out.raw(RecordLayout.bytes("\n}\n"));
        out.flushBuffer();
        progress.update(total, total, "");
        return done[0];
    }

    private static void writeSection(JsonByteOutput out, BundleSection<?> section, boolean omitPersonal, long[] done,
                                     long total, Progress progress) throws IOException {
        RecordLayout layout = new RecordLayout(section.fields(), RECORD_LEVEL, omitPersonal);
        byte[] first = RecordLayout.bytes("[" + RecordLayout.newLine(RECORD_LEVEL - 1));
        byte[] next = RecordLayout.bytes("," + RecordLayout.newLine(RECORD_LEVEL - 1));
        long before = done[0];
        try {
            section.forEachStoredValues(values -> {
                try {
                    out.raw(done[0] == before ? first : next);
                    layout.write(out, values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++done[0] % 10_000 == 0) {
                    progress.update(done[0], total, section.key());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.raw(RecordLayout.bytes(done[0] == before ? "[]" : RecordLayout.newLine(RECORD_LEVEL - 2) + "]"));
    }
}
