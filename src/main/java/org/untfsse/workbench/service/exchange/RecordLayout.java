package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How one kind of record is laid out in the bundle at its depth, encoded once: for every field the
 * bytes before its value (new line, indentation, quoted name, {@code ": "}; with the comma when a
 * field came before), and the closing bytes — the layout Jackson's pretty printer writes with
 * {@link BundleJson#prettyPrinter()}. Writing a record is then copying these and the values.
 */
final class RecordLayout {

    private final List<FieldSpec> fields;
    private final boolean[] written;
    private final byte[][] first;
    private final byte[][] next;
    private final byte[] close;
    /** Per field: the layout of its nested objects (ARRAY) or null. */
    private final RecordLayout[] children;
    /** Per field: the bytes before a nested object or list item (ARRAY, LIST); with the comma after the first. */
    private final byte[][] firstItem;
    private final byte[][] nextItem;
    private final byte[] closeList;

    /** The layout of objects whose fields are indented {@code level} times (a record of a section: 3). */
    RecordLayout(List<FieldSpec> fields, int level, boolean omitPersonal) {
        int n = fields.size();
        this.fields = fields;
        this.written = new boolean[n];
        this.first = new byte[n][];
        this.next = new byte[n][];
        this.children = new RecordLayout[n];
        this.firstItem = new byte[n][];
        this.nextItem = new byte[n][];
        for (int i = 0; i < n; i++) {
            FieldSpec spec = fields.get(i);
            written[i] = !(spec.personal() && omitPersonal);
            String name = "\"" + spec.name() + "\": ";
            first[i] = bytes(newLine(level) + name);
            next[i] = bytes("," + newLine(level) + name);
            if (spec.type() == FieldType.ARRAY) {
                children[i] = new RecordLayout(spec.children(), level + 2, omitPersonal);
            }
            firstItem[i] = bytes(newLine(level + 1));
            nextItem[i] = bytes("," + newLine(level + 1));
        }
        this.close = bytes(newLine(level - 1) + "}");
        this.closeList = bytes(newLine(level) + "]");
        for (FieldSpec spec : fields) {
            if (!spec.name().matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("field name needs escaping: " + spec.name());
            }
        }
    }

    static String newLine(int level) {
        return "\n" + "  ".repeat(level);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one object from its values in field order (nested arrays as {@code List<Object[]>}). */
    @SuppressWarnings("unchecked")
    void write(JsonByteOutput out, Object[] values) throws IOException {
        out.raw(OPEN);
        boolean any = false;
        for (int i = 0; i < first.length; i++) {
            if (!written[i]) {
                continue;
            }
            out.raw(any ? next[i] : first[i]);
            any = true;
            Object value = values[i];
            if (value == null) {
                out.nullValue();
                continue;
            }
            FieldType type = fields.get(i).type();
            if (type == FieldType.ARRAY || type == FieldType.LIST) {
                List<?> items = (List<?>) value;
                if (items.isEmpty()) {
                    out.raw(EMPTY_LIST);
                    continue;
                }
                out.raw(OPEN_LIST);
                FieldType itemType = type == FieldType.LIST ? fields.get(i).children().get(0).type() : null;
                for (int k = 0; k < items.size(); k++) {
                    out.raw(k == 0 ? firstItem[i] : nextItem[i]);
                    if (type == FieldType.ARRAY) {
                        children[i].write(out, (Object[]) items.get(k));
                    } else {
                        scalar(out, itemType, items.get(k));
                    }
                }
                out.raw(closeList);
            } else {
                scalar(out, type, value);
            }
        }
        out.raw(any ? close : CLOSE_EMPTY);
    }

    private static void scalar(JsonByteOutput out, FieldType type, Object value) throws IOException {
        if (value instanceof byte[] utf8) { // a stored text column handed through as its UTF-8 bytes
            out.string(utf8);
            return;
        }
        if (value == null) {
            out.nullValue();
            return;
        }
        switch (type) {
            case INTEGER -> out.number(((Number) value).longValue());
            case BOOLEAN -> out.bool((Boolean) value);
            case ENUM -> out.string(value instanceof Enum<?> e ? e.name() : value.toString());
            default -> out.string(value.toString());
        }
    }

    private static final byte[] OPEN = bytes("{");
    private static final byte[] CLOSE_EMPTY = bytes("}");
    private static final byte[] OPEN_LIST = bytes("[");
    private static final byte[] EMPTY_LIST = bytes("[]");
}
