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
 * printer: the bytes are the same. The round-trip tests and {@code BundleWriterBytesTest} hold
 * the bytes to those Jackson writes. This thread reads (it holds the transaction); an
 * {@link EncodingThread} encodes and writes, so the export uses both cores.
 */
final class BundleWriter {

    /** Records of a section are objects in an array in the root object: their fields are indented three times. */
    private static final int RECORD_LEVEL = 3;
    private static final int BUFFER = 1 << 20;
    /** Records handed to the encoding thread at a time. */
    private static final int BATCH = 512;

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
        long done = 0;
        try (EncodingThread encoder = new EncodingThread(stream, BUFFER)) {
            encoder.submit(out -> {
                out.raw(RecordLayout.bytes("{" + RecordLayout.newLine(1) + "\"format\": "));
                out.string(BundleFormat.FORMAT);
                out.raw(RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"schemaVersion\": "));
                out.number(BundleFormat.SCHEMA_VERSION);
                out.raw(RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"exportedAt\": "));
                out.string(exportedAt.toString());
            });
            for (BundleSection<?> section : sections) {
                byte[] key = RecordLayout.bytes("," + RecordLayout.newLine(1) + "\"" + section.key() + "\": ");
                encoder.submit(out -> out.raw(key));
                done = writeSection(encoder, section, omitPersonal, done, total, progress);
            }
            encoder.submit(out -> out.raw(RecordLayout.bytes("\n}\n")));
            encoder.finish();
        }
        progress.update(total, total, "");
        return done;
    }

    /** Reads the section's records here and hands them to the encoder in batches; returns the records done so far. */
    private static long writeSection(EncodingThread encoder, BundleSection<?> section, boolean omitPersonal, long done,
                                     long total, Progress progress) throws IOException {
        RecordLayout layout = new RecordLayout(section.fields(), RECORD_LEVEL, omitPersonal);
        byte[] first = RecordLayout.bytes("[" + RecordLayout.newLine(RECORD_LEVEL - 1));
        byte[] next = RecordLayout.bytes("," + RecordLayout.newLine(RECORD_LEVEL - 1));
        long[] count = {done};
        Object[][][] batch = {new Object[BATCH][]};
        int[] size = {0};
        boolean[] firstBatch = {true};
        try {
            section.forEachStoredValues(values -> {
                batch[0][size[0]++] = values;
                if (size[0] == BATCH) {
                    submitBatch(encoder, layout, batch[0], size[0], firstBatch[0] ? first : next, next);
                    batch[0] = new Object[BATCH][];
                    size[0] = 0;
                    firstBatch[0] = false;
                }
                if (++count[0] % 10_000 == 0) {
                    progress.update(count[0], total, section.key());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (size[0] > 0) {
            submitBatch(encoder, layout, batch[0], size[0], firstBatch[0] ? first : next, next);
        }
        boolean empty = count[0] == done;
        byte[] end = RecordLayout.bytes(empty ? "[]" : RecordLayout.newLine(RECORD_LEVEL - 2) + "]");
        encoder.submit(out -> out.raw(end));
        return count[0];
    }

    private static void submitBatch(EncodingThread encoder, RecordLayout layout, Object[][] rows, int size,
                                    byte[] before, byte[] between) {
        try {
            encoder.submit(out -> {
                for (int i = 0; i < size; i++) {
                    out.raw(i == 0 ? before : between);
                    layout.write(out, rows[i]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
