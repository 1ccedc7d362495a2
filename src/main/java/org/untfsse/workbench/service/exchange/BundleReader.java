package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/**
 * Reads a bundle with Jackson's streaming parser (no document tree) and checks everything the
 * JSON Schema says: syntax, the top-level fields, schemaVersion, each record's fields, their types,
 * enums, formats and lengths. Every problem gets its JSON path; a record with a problem is left out.
 * Syntax errors and exceeded limits stop the reading (with line and column).
 */
final class BundleReader {

    private final Map<String, BundleSection<?>> sections;
    private final Messages messages;
    private final FieldReader fields;
    private Map<String, Consumer<Incoming<?>>> sinks = Map.of();
    private boolean onlySinks;

    BundleReader(List<BundleSection<?>> sections, Messages messages) {
        this.sections = sections.stream().collect(Collectors.toMap(BundleSection::key, Function.identity()));
        this.messages = messages;
        this.fields = new FieldReader(messages);
    }

    ParsedBundle read(InputStream in) throws IOException {
        return read(in, Map.of(), false);
    }

    /**
     * Reads and checks the bundle; the records of a section in {@code sinks} go to its sink instead
     * of being kept. {@code onlySinks}: the other sections are skipped unchecked (a second reading).
     */
    ParsedBundle read(InputStream in, Map<String, Consumer<Incoming<?>>> sinks, boolean onlySinks) throws IOException {
        List<Problem> problems = new ArrayList<>();
        ParsedBundle bundle = new ParsedBundle(problems);
        this.sinks = sinks;
        this.onlySinks = onlySinks;
        try (JsonParser p = BundleJson.FACTORY.createParser(in)) {
            try {
                readTop(p, bundle);
            } catch (TooManyProblems enough) {
                // reported; the rest of the file is not read
            } catch (StreamConstraintsException e) {
                problems.add(new Problem("$", limitMessage(e, p.currentLocation())));
            } catch (StreamReadException e) {
                problems.add(new Problem("$", syntaxMessage(e)));
            }
        }
        return bundle;
    }

    private void readTop(JsonParser p, ParsedBundle bundle) throws IOException {
        List<Problem> problems = bundle.problems;
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem("$", messages.get("exchange.error.notObject")));
            return;
        }
        boolean format = false;
        Long version = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "format" -> {
                    format = true;
                    if (token != JsonToken.VALUE_STRING || !BundleFormat.FORMAT.equals(p.getText())) {
                        problems.add(new Problem("$.format", messages.get("exchange.error.format", BundleFormat.FORMAT)));
                        p.skipChildren();
                    }
                }
                case "schemaVersion" -> {
                    version = token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1L;
                    p.skipChildren();
                    if (version != BundleFormat.SCHEMA_VERSION) {
                        problems.clear();
                        problems.add(new Problem("$.schemaVersion", messages.get("exchange.error.schemaVersion",
                                token.isScalarValue() ? p.getText() : "?", BundleFormat.SCHEMA_VERSION)));
                        return; // the rest may follow rules this version does not know
                    }
                }
                case "exportedAt" -> {
                    FieldSpec spec = FieldSpec.instant("exportedAt");
                    RecordFields holder = new RecordFields(List.of(spec));
                    fields.readValue(p, token, spec, JsonPath.of("$.exportedAt"), holder, problems);
                    bundle.exportedAt = holder.instant("exportedAt");
                }
                default -> readSection(p, token, name, bundle);
            }
        }
        if (!format) {
            problems.add(new Problem("$.format", messages.get("exchange.error.format", BundleFormat.FORMAT)));
        }
        if (version == null) {
            problems.add(new Problem("$.schemaVersion", messages.get("exchange.error.missing")));
        }
        if (bundle.exportedAt == null && problems.stream().noneMatch(x -> x.where().equals("$.exportedAt"))) {
            problems.add(new Problem("$.exportedAt", messages.get("exchange.error.missing")));
        }
        if (p.nextToken() != null) {
            JsonLocation at = p.currentLocation();
            problems.add(new Problem("$", messages.get("exchange.error.trailing", at.getLineNr(), at.getColumnNr())));
        }
    }

    private void readSection(JsonParser p, JsonToken token, String key, ParsedBundle bundle) throws IOException {
        String path = "$." + key;
        Consumer<Incoming<?>> sink = sinks.get(key);
        if (onlySinks && sink == null) {
            p.skipChildren();
            return;
        }
        BundleSection<?> section = sections.get(key);
        if (section == null) {
            bundle.problems.add(new Problem(path, messages.get("exchange.error.unknownSection", key)));
            p.skipChildren();
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            bundle.problems.add(new Problem(path, messages.get("exchange.error.notList")));
            p.skipChildren();
            return;
        }
        if (bundle.counts.containsKey(key)) {
            bundle.problems.add(new Problem(path, messages.get("exchange.error.duplicateKey", key)));
        }
        List<Incoming<?>> out = new ArrayList<>();
        if (sink == null) {
            bundle.records.put(key, out);
        }
        bundle.counts.put(key, 0L);
        JsonPath sectionPath = JsonPath.of(path);
        int index = 0;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (bundle.problems.size() >= BundleFormat.MAX_PROBLEMS) {
                bundle.problems.add(new Problem(path, messages.get("exchange.error.tooManyProblems",
                        BundleFormat.MAX_PROBLEMS)));
                throw new TooManyProblems();
            }
            JsonPath recordPath = sectionPath.index(index);
            RecordFields values = fields.readObject(p, token, section.fields(), recordPath, bundle.problems);
            if (values != null) {
                Incoming<?> record = build(section, values, index, recordPath, bundle.problems);
                if (record != null) {
                    bundle.counts.merge(key, 1L, Long::sum);
                    if (sink == null) {
                        out.add(record);
                    } else {
                        sink.accept(record);
                    }
                }
            }
            index++;
        }
    }

    private <T> Incoming<T> build(BundleSection<T> section, RecordFields values, int index, JsonPath path,
                                  List<Problem> problems) {
        try {
            boolean omitted = omitsPersonal(section.fields(), values);
            return new Incoming<>(section.fromFields(values), section.key(), index, omitted);
        } catch (RuntimeException e) {
            problems.add(new Problem(path.toString(), messages.get("exchange.error.record", String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /** True when a personal field is absent here or in any nested object (an {@code --omit-personal} bundle). */
    private static boolean omitsPersonal(List<FieldSpec> specs, RecordFields values) {
        for (FieldSpec f : specs) {
            if (f.personal() && !values.has(f.name())) {
                return true;
            }
            if (f.type() == FieldType.ARRAY && values.array(f.name()).stream().anyMatch(v -> omitsPersonal(f.children(), v))) {
                return true;
            }
        }
        return false;
    }

    private String syntaxMessage(StreamReadException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        String detail = e.getOriginalMessage();
        if (detail != null && detail.contains("end-of-input")) {
            return messages.get("exchange.error.truncated", line, column);
        }
        String firstLine = detail == null ? "" : detail.lines().findFirst().orElse("");
        return messages.get("exchange.error.syntax", line, column, firstLine);
    }

    private String limitMessage(StreamConstraintsException e, JsonLocation at) {
        String detail = String.valueOf(e.getMessage());
        long line = at.getLineNr();
        long column = at.getColumnNr();
        if (detail.contains("nesting depth")) {
            return messages.get("exchange.error.tooDeep", BundleFormat.MAX_NESTING_DEPTH, line, column);
        }
        if (detail.contains("String value length")) {
            return messages.get("exchange.error.stringTooLong", BundleFormat.MAX_STRING_LENGTH, line, column);
        }
        if (detail.contains("Document length")) {
            return messages.get("exchange.error.tooLarge", BundleFormat.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        if (detail.contains("Name length")) {
            return messages.get("exchange.error.nameTooLong", BundleFormat.MAX_NAME_LENGTH, line, column);
        }
        return messages.get("exchange.error.limit", line, column, detail.lines().findFirst().orElse(""));
    }

    /** Stops reading a file that has more problems than anyone would read. */
    private static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super(null, null, false, false);
        }
    }
}
