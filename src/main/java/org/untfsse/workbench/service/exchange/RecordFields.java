package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The checked values of one record read from a bundle, by field name, already converted to their
 * Java types (see {@link FieldType}). Absent fields are not {@link #has present}. Held as an array
 * in the order of the record's {@link FieldSpec}s (a record has a dozen fields at most; a bundle a
 * million records).
 */
public final class RecordFields {

    private final String[] names;
    private final Object[] values;
    private final boolean[] present;

    RecordFields(List<FieldSpec> specs) {
        names = new String[specs.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = specs.get(i).name();
        }
        values = new Object[names.length];
        present = new boolean[names.length];
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets the value of the field at {@code index} in the specs' order. */
    void put(int index, Object value) {
        values[index] = value;
        present[index] = true;
    }

    void put(String name, Object value) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(name);
        }
        put(i, value);
    }

    Object value(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    public boolean has(String name) {
        int i = indexOf(name);
        return i >= 0 && present[i];
    }

    public String text(String name) {
        return (String) value(name);
    }

    public UUID uuid(String name) {
        return (UUID) value(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) value(name);
    }

    public Instant instant(String name) {
        return (Instant) value(name);
    }

    public Long integer(String name) {
        return (Long) value(name);
    }

    public Boolean bool(String name) {
        return (Boolean) value(name);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = (String) value(name);
        return text == null ? null : Enum.valueOf(type, text);
    }

    /** A {@link FieldType#LIST} field's values, of the element's Java type. */
    @SuppressWarnings("unchecked")
    public <E> List<E> list(String name) {
        return has(name) ? (List<E>) value(name) : List.of();
    }

    @SuppressWarnings("unchecked")
    public List<RecordFields> array(String name) {
        return has(name) ? (List<RecordFields>) value(name) : List.of();
    }
}
