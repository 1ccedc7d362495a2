package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checked values of one record read from a bundle, by field name, already converted to their
 * Java types (see {@link FieldType}). Absent fields are not {@link #has present}.
 */
public final class RecordFields {

    private final Map<String, Object> values = new HashMap<>();

    void put(String name, Object value) {
        values.put(name, value);
    }

    Object value(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public UUID uuid(String name) {
        return (UUID) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public Instant instant(String name) {
        return (Instant) values.get(name);
    }

    public Long integer(String name) {
        return (Long) values.get(name);
    }

    public Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = (String) values.get(name);
        return text == null ? null : Enum.valueOf(type, text);
    }

    /** A {@link FieldType#LIST} field's values, of the element's Java type. */
    @SuppressWarnings("unchecked")
    public <E> List<E> list(String name) {
        return (List<E>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<RecordFields> array(String name) {
        return (List<RecordFields>) values.getOrDefault(name, List.of());
    }
}
