package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.untfsse.workbench.service.common.Progress;

/**
 * The bundle writer as it was before it wrote the layout itself (through Jackson's generator and
 * pretty printer): the reference the bytes of {@link BundleWriter} are compared with. Call inside
 * one read transaction.
 */
final class JacksonBundleWriter {

    /** Field names encoded once (Jackson copies their UTF-8 bytes instead of escaping each time). */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

    private final List<BundleSection<?>> sections;

    JacksonBundleWriter(List<BundleSection<?>> sections) {
        this.sections = sections;
    }

    /** Writes the bundle; returns the number of records written. */
    long write(OutputStream out, Instant exportedAt, boolean omitPersonal, Progress progress) throws IOException {
        long total = 0;
        for (BundleSection<?> s : sections) {
            total += s.countStored();
        }
        long[] done = {0};
        try (JsonGenerator g = BundleJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(BundleJson.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", BundleFormat.FORMAT);
            g.writeNumberField("schemaVersion", BundleFormat.SCHEMA_VERSION);
            g.writeStringField("exportedAt", exportedAt.toString());
            for (BundleSection<?> section : sections) {
                writeSection(g, section, omitPersonal, done, total, progress);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        progress.update(total, total, "");
        return done[0];
    }

    private static <T> void writeSection(JsonGenerator g, BundleSection<T> section, boolean omitPersonal, long[] done,
                                         long total, Progress progress) throws IOException {
        g.writeArrayFieldStart(section.key());
        try {
            List<FieldSpec> fields = section.fields();
            section.forEachStoredValues(values -> {
                try {
                    writeObject(g, fields, values, omitPersonal);
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
        g.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    static void writeObject(JsonGenerator g, List<FieldSpec> fields, Object[] values, boolean omitPersonal)
            throws IOException {
        g.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec spec = fields.get(i);
            if (spec.personal() && omitPersonal) {
                continue;
            }
            g.writeFieldName(NAMES.computeIfAbsent(spec.name(), SerializedString::new));
            Object value = values[i];
            if (value == null) {
                g.writeNull();
                continue;
            }
            switch (spec.type()) {
                case ARRAY -> {
                    g.writeStartArray();
                    for (Object[] child : (List<Object[]>) value) {
                        writeObject(g, spec.children(), child, omitPersonal);
                    }
                    g.writeEndArray();
                }
                case LIST -> {
                    g.writeStartArray();
                    for (Object item : (List<?>) value) {
                        writeScalar(g, spec.children().get(0).type(), item);
                    }
                    g.writeEndArray();
                }
                default -> writeScalar(g, spec.type(), value);
            }
        }
        g.writeEndObject();
    }

    private static void writeScalar(JsonGenerator g, FieldType type, Object value) throws IOException {
        if (value instanceof byte[] utf8) { // a stored text column handed through as its UTF-8 bytes
            g.writeUTF8String(utf8, 0, utf8.length);
            return;
        }
        switch (type) {
            case INTEGER -> g.writeNumber(((Number) value).longValue());
            case BOOLEAN -> g.writeBoolean((Boolean) value);
            case ENUM -> g.writeString(value instanceof Enum<?> e ? e.name() : value.toString());
            default -> g.writeString(value.toString());
        }
    }
}
