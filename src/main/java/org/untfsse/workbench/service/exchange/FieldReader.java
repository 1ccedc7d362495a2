package org.untfsse.workbench.service.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/** Reads one record (or nested object) field by field against its {@link FieldSpec}s. */
final class FieldReader {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    static final String INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";

    private final Messages messages;

    FieldReader(Messages messages) {
        this.messages = messages;
    }

    /** The object's values, or null (after reporting why) when it has any problem. */
    RecordFields readObject(JsonParser p, JsonToken token, List<FieldSpec> specs, JsonPath path, List<Problem> problems)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            problems.add(new Problem(path.toString(), messages.get("exchange.error.notRecord")));
            p.skipChildren();
            return null;
        }
        int before = problems.size();
        RecordFields values = new RecordFields(specs);
        boolean[] seen = new boolean[specs.size()];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken valueToken = p.nextToken();
            int index = find(specs, name);
            FieldSpec spec = index < 0 ? null : specs.get(index);
            if (spec == null) {
                problems.add(new Problem(at(path, name), messages.get("exchange.error.unknownField", name)));
                p.skipChildren();
            } else if (seen[index]) {
                problems.add(new Problem(at(path, name), messages.get("exchange.error.duplicateKey", name)));
                p.skipChildren();
            } else {
                seen[index] = true;
                readValue(p, valueToken, spec, index, path, name, values, problems);
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec spec = specs.get(i);
            if (spec.required() && !seen[i]) {
                problems.add(new Problem(at(path, spec.name()), messages.get("exchange.error.missing")));
            }
        }
        return problems.size() == before ? values : null;
    }

    /** The index of the spec named {@code name}, or -1. */
    private static int find(List<FieldSpec> specs, String name) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads a value into {@code into}, whose only field is {@code spec}. */
    void readValue(JsonParser p, JsonToken token, FieldSpec spec, JsonPath path, RecordFields into, List<Problem> problems)
            throws IOException {
        readValue(p, token, spec, 0, path, null, into, problems);
    }

    /** The path of field {@code name} (none: the parent itself), spelled out: only for a problem. */
    private static String at(JsonPath parent, String name) {
        return name == null ? parent.toString() : parent.field(name).toString();
    }

    /** The path of field {@code name} (none: the parent itself), for a nested object or list. */
    private static JsonPath below(JsonPath parent, String name) {
        return name == null ? parent : parent.field(name);
    }

    /** Reads the value of {@code spec}, the field at {@code slot} of {@code into}. */
    private void readValue(JsonParser p, JsonToken token, FieldSpec spec, int slot, JsonPath parent, String name,
                           RecordFields into, List<Problem> problems) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            if (spec.nullable()) {
                into.put(slot, null);
            } else {
                problems.add(new Problem(at(parent, name), messages.get("exchange.error.null")));
            }
            return;
        }
        if (spec.type() == FieldType.ARRAY && token == JsonToken.START_ARRAY) {
            List<RecordFields> children = array(p, spec, below(parent, name), problems);
            if (children != null) {
                into.put(slot, children);
            }
            return;
        }
        if (spec.type() == FieldType.LIST && token == JsonToken.START_ARRAY) {
            List<Object> items = list(p, spec, below(parent, name), problems);
            if (items != null) {
                into.put(slot, items);
            }
            return;
        }
        Object value = switch (spec.type()) {
            case STRING -> token == JsonToken.VALUE_STRING ? text(p, spec, parent, name, problems) : null;
            case UUID -> token == JsonToken.VALUE_STRING ? IsoText.uuid(p.getText()) : null;
            case DATE -> token == JsonToken.VALUE_STRING ? IsoText.date(p.getText()) : null;
            case INSTANT -> token == JsonToken.VALUE_STRING ? IsoText.instant(p.getText()) : null;
            case ENUM -> token == JsonToken.VALUE_STRING && spec.enumValues().contains(p.getText()) ? p.getText() : null;
            case INTEGER -> token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? p.getLongValue() : null;
            case BOOLEAN -> token.isBoolean() ? token == JsonToken.VALUE_TRUE : null;
            case ARRAY, LIST -> null;
        };
        if (value == null) {
            if (!(spec.type() == FieldType.STRING && token == JsonToken.VALUE_STRING)) {
                problems.add(new Problem(at(parent, name), expected(spec)));
            }
            if (token.isStructStart()) {
                p.skipChildren();
            }
            return;
        }
        into.put(slot, value);
    }

    private String text(JsonParser p, FieldSpec spec, JsonPath parent, String name, List<Problem> problems)
            throws IOException {
        String text = p.getText();
        if (spec.maxLength() > 0 && text.length() > spec.maxLength()) {
            problems.add(new Problem(at(parent, name), messages.get("exchange.error.tooLong", spec.maxLength(), text.length())));
            return null;
        }
        return text;
    }

    private List<RecordFields> array(JsonParser p, FieldSpec spec, JsonPath path, List<Problem> problems) throws IOException {
        List<RecordFields> out = new ArrayList<>();
        int index = 0;
        JsonToken token;
        int before = problems.size();
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            RecordFields child = readObject(p, token, spec.children(), path.index(index++), problems);
            if (child != null) {
                out.add(child);
            }
        }
        return problems.size() == before ? out : null;
    }

    private List<Object> list(JsonParser p, FieldSpec spec, JsonPath path, List<Problem> problems) throws IOException {
        FieldSpec element = spec.children().get(0);
        List<Object> out = new ArrayList<>();
        RecordFields item = new RecordFields(spec.children());
        int index = 0;
        JsonToken token;
        int before = problems.size();
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            readValue(p, token, element, path.index(index++), item, problems);
            if (item.has(element.name())) {
                out.add(item.value(element.name()));
            }
        }
        return problems.size() == before ? out : null;
    }

    private String expected(FieldSpec spec) {
        if (spec.type() == FieldType.ENUM) {
            return messages.get("exchange.error.enum", String.join(", ", spec.enumValues()));
        }
        return messages.get("exchange.error.type." + spec.type().name());
    }
}
