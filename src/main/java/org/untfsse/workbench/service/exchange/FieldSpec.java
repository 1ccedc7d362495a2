package org.untfsse.workbench.service.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * One field of a bundle record: its JSON name and type, whether it must be present, whether it may
 * be {@code null}, and its limits. The reader checks values against it, the writer emits fields in
 * this order, and the JSON Schema is generated from it, so the three cannot drift apart.
 *
 * @param personal a contact field left out by {@code --omit-personal}
 * @param children the fields of the nested objects when {@code type} is {@link FieldType#ARRAY}
 */
public record FieldSpec(String name, FieldType type, boolean required, boolean nullable, List<String> enumValues,
                        int maxLength, boolean personal, List<FieldSpec> children) {

    /**
     * Longest text of a short field (names, titles, places): a bound against hostile files, far
     * above what anyone types. The views do not limit most of these fields, and whatever they
     * store must come back from a bundle (a 1,000-character bound refused real exports).
     */
    public static final int SHORT_TEXT = 100_000;
    /** Longest text of a long field (notes, minutes). */
    public static final int LONG_TEXT = 1_000_000;

    public FieldSpec {
        enumValues = List.copyOf(enumValues);
        children = List.copyOf(children);
    }

    public static FieldSpec id(String name) {
        return new FieldSpec(name, FieldType.UUID, true, false, List.of(), 0, false, List.of());
    }

    public static FieldSpec reference(String name, boolean nullable) {
        return new FieldSpec(name, FieldType.UUID, true, nullable, List.of(), 0, false, List.of());
    }

    public static FieldSpec text(String name, int maxLength) {
        return new FieldSpec(name, FieldType.STRING, true, false, List.of(), maxLength, false, List.of());
    }

    /** Text that may be {@code null} (e.g. a file's name on a record without a file). */
    public static FieldSpec optionalText(String name, int maxLength) {
        return new FieldSpec(name, FieldType.STRING, true, true, List.of(), maxLength, false, List.of());
    }

    /** A contact field: may be absent (the bundle was exported without personal data). */
    public static FieldSpec personalText(String name, int maxLength) {
        return new FieldSpec(name, FieldType.STRING, false, false, List.of(), maxLength, true, List.of());
    }

    public static FieldSpec date(String name, boolean nullable) {
        return new FieldSpec(name, FieldType.DATE, true, nullable, List.of(), 0, false, List.of());
    }

    public static FieldSpec instant(String name) {
        return new FieldSpec(name, FieldType.INSTANT, true, false, List.of(), 0, false, List.of());
    }

    public static FieldSpec integer(String name, boolean nullable) {
        return new FieldSpec(name, FieldType.INTEGER, true, nullable, List.of(), 0, false, List.of());
    }

    public static FieldSpec bool(String name) {
        return new FieldSpec(name, FieldType.BOOLEAN, true, false, List.of(), 0, false, List.of());
    }

    public static <E extends Enum<E>> FieldSpec enumOf(String name, Class<E> type, boolean nullable) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return new FieldSpec(name, FieldType.ENUM, true, nullable, names, 0, false, List.of());
    }

    /**
     * A list of plain values (e.g. a document's languages or tags), each as {@code element} describes
     * (its name is only used in messages); never {@code null}, {@code []} when empty.
     */
    public static FieldSpec listOf(String name, FieldSpec element) {
        return new FieldSpec(name, FieldType.LIST, true, false, List.of(), 0, false, List.of(element));
    }

    /** An array of nested objects (e.g. a meeting's agenda items), each described by {@code children}. */
    public static FieldSpec array(String name, List<FieldSpec> children) {
        return new FieldSpec(name, FieldType.ARRAY, true, false, List.of(), 0, false, children);
    }
}
