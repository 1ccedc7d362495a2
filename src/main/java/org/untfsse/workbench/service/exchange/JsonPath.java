package org.untfsse.workbench.service.exchange;

/**
 * Where a value sits in a bundle, e.g. {@code $.people[3].email}: a chain of field names and
 * indexes that is spelled out only when a problem needs it, so reading a million valid records
 * builds no path strings.
 */
final class JsonPath {

    private final JsonPath parent;
    private final String name;
    private final int index;
    private String text;

    private JsonPath(JsonPath parent, String name, int index, String text) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    /** A path given as its text, e.g. {@code $.exportedAt}. */
    static JsonPath of(String text) {
        return new JsonPath(null, null, -1, text);
    }

    /** The field {@code name} of the object here. */
    JsonPath field(String fieldName) {
        return new JsonPath(this, fieldName, -1, null);
    }

    /** Element {@code i} of the array here. */
    JsonPath index(int i) {
        return new JsonPath(this, null, i, null);
    }

    @Override
    public String toString() {
        if (text == null) {
            text = name != null ? parent + "." + name : parent + "[" + index + "]";
        }
        return text;
    }
}
