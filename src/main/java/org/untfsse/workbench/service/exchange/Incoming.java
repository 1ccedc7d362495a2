package org.untfsse.workbench.service.exchange;

/**
 * One record read from a bundle, with the JSON path it came from. The path is kept as its section
 * key and index and spelled out only when asked for (a problem or a preview line), so a large
 * import does not hold a million path strings.
 */
public final class Incoming<T> {

    private final T record;
    private final String section;
    private final int index;
    private final boolean personalOmitted;
    private String path;

    /** @param path the record's JSON path, e.g. {@code $.people[3]} */
    public Incoming(T record, String path, boolean personalOmitted) {
        this(record, null, -1, personalOmitted);
        this.path = path;
    }

    Incoming(T record, String section, int index, boolean personalOmitted) {
        this.record = record;
        this.section = section;
        this.index = index;
        this.personalOmitted = personalOmitted;
    }

    public T record() {
        return record;
    }

    /** The JSON path the record came from, e.g. {@code $.people[3]}. */
    public String path() {
        if (path == null) {
            path = "$." + section + "[" + index + "]";
        }
        return path;
    }

    /** The record's index in its section (-1 when made with a path). */
    int index() {
        return index;
    }

    /** The bundle left out its contact fields ({@code --omit-personal}). */
    public boolean personalOmitted() {
        return personalOmitted;
    }

    /** The same origin with another record (e.g. the incoming one completed with local contact fields). */
    Incoming<T> with(T other) {
        Incoming<T> copy = new Incoming<>(other, section, index, personalOmitted);
        copy.path = path;
        return copy;
    }
}
