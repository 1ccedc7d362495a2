package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Generates the bundle's JSON Schema (draft 2020-12) from the registered sections' field specs,
 * so the schema, the writer and the reader describe the same format. The shipped copy
 * ({@link BundleFormat#SCHEMA_RESOURCE}, and {@code docs/bundle.schema.json}) is this output; a
 * test keeps them equal.
 */
final class BundleSchema {

    private BundleSchema() {
    }

    static String generate(List<BundleSection<?>> sections) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = BundleJson.FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(BundleJson.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", "https://untfsse.org/secretariat-workbench/bundle.schema.json");
            g.writeStringField("title", "Secretariat Workbench bundle");
            g.writeStringField("description", "The whole record of a Secretariat Workbench, for circulation, handover "
                    + "and merge. Records are matched by id; the newer updatedAt wins.");
            g.writeStringField("type", "object");
            g.writeArrayFieldStart("required");
            g.writeString("format");
            g.writeString("schemaVersion");
            g.writeString("exportedAt");
            g.writeEndArray();
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("format");
            g.writeStringField("const", BundleFormat.FORMAT);
            g.writeEndObject();
            g.writeObjectFieldStart("schemaVersion");
            g.writeNumberField("const", BundleFormat.SCHEMA_VERSION);
            g.writeEndObject();
            g.writeFieldName("exportedAt");
            property(g, FieldSpec.instant("exportedAt"));
            for (BundleSection<?> section : sections) {
                g.writeObjectFieldStart(section.key());
                g.writeStringField("type", "array");
                g.writeFieldName("items");
                object(g, section.fields());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void object(JsonGenerator g, List<FieldSpec> fields) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "object");
        g.writeArrayFieldStart("required");
        for (FieldSpec f : fields) {
            if (f.required()) {
                g.writeString(f.name());
            }
        }
        g.writeEndArray();
        g.writeBooleanField("additionalProperties", false);
        g.writeObjectFieldStart("properties");
        for (FieldSpec f : fields) {
            g.writeFieldName(f.name());
            property(g, f);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void property(JsonGenerator g, FieldSpec f) throws IOException {
        if (f.type() == FieldType.ARRAY) {
            g.writeStartObject();
            g.writeStringField("type", "array");
            g.writeFieldName("items");
            object(g, f.children());
            g.writeEndObject();
            return;
        }
        if (f.type() == FieldType.LIST) {
            g.writeStartObject();
            g.writeStringField("type", "array");
            g.writeFieldName("items");
            property(g, f.children().get(0));
            g.writeEndObject();
            return;
        }
        g.writeStartObject();
        if (f.type() == FieldType.ENUM) {
            g.writeArrayFieldStart("enum");
            for (String value : f.enumValues()) {
                g.writeString(value);
            }
            if (f.nullable()) {
                g.writeNull();
            }
            g.writeEndArray();
            g.writeEndObject();
            return;
        }
        String json = switch (f.type()) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        if (f.nullable()) {
            g.writeArrayFieldStart("type");
            g.writeString(json);
            g.writeString("null");
            g.writeEndArray();
        } else {
            g.writeStringField("type", json);
        }
        switch (f.type()) {
            case UUID -> g.writeStringField("pattern", FieldReader.UUID_PATTERN);
            case DATE -> {
                g.writeStringField("format", "date");
                g.writeStringField("pattern", FieldReader.DATE_PATTERN);
            }
            case INSTANT -> {
                g.writeStringField("format", "date-time");
                g.writeStringField("pattern", FieldReader.INSTANT_PATTERN);
            }
            case STRING -> {
                if (f.maxLength() > 0) {
                    g.writeNumberField("maxLength", f.maxLength());
                }
            }
            default -> {
            }
        }
        g.writeEndObject();
    }
}
