package org.untfsse.workbench.service.exchange;

/** The JSON types a bundle field can have; each maps to one JSON Schema fragment and one Java type. */
public enum FieldType {
    /** Text; Java {@code String}. */
    STRING,
    /** A record id; Java {@code UUID}. */
    UUID,
    /** An ISO date (2023-10-02); Java {@code LocalDate}. */
    DATE,
    /** A UTC instant (2023-10-02T09:00:00Z); Java {@code Instant}. */
    INSTANT,
    /** One of a fixed list of names; Java {@code String} (the section maps it to its enum). */
    ENUM,
    /** A whole number; Java {@code Long}. */
    INTEGER,
    /** true / false; Java {@code Boolean}. */
    BOOLEAN,
    /** An array of nested objects described by child fields; Java {@code List<RecordFields>}. */
    ARRAY,
    /** An array of plain values of the one child field's type (languages, tags, ids); Java {@code List<Object>}. */
    LIST
}
