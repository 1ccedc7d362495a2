package org.untfsse.workbench.service.exchange;

import java.util.UUID;

/**
 * A compact map from ids to a non-negative {@code long}: three {@code long}s a slot in open
 * addressing, no object per entry (a {@code HashMap<UUID, …>} takes about 100 bytes an entry).
 * What the streamed import keeps per record of a large section.
 */
final class UuidIndex {

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    /** The value plus one; 0 marks a free slot. */
    private long[] values = new long[1024];
    private int size;

    int size() {
        return size;
    }

    /** Puts {@code value} (≥ 0) for {@code id} unless it is there; returns the value already there, or -1. */
    long putIfAbsent(UUID id, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        if ((size + 1) * 4L > values.length * 3L) {
            grow();
        }
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int mask = values.length - 1;
        for (int i = slot(h, l, mask); ; i = (i + 1) & mask) {
            if (values[i] == 0) {
                high[i] = h;
                low[i] = l;
                values[i] = value + 1;
                size++;
                return -1;
            }
            if (high[i] == h && low[i] == l) {
                return values[i] - 1;
            }
        }
    }

    /** Replaces the value of an id that is there. */
    void set(UUID id, long value) {
        int i = find(id.getMostSignificantBits(), id.getLeastSignificantBits());
        if (i < 0) {
            throw new IllegalArgumentException("not in the index: " + id);
        }
        values[i] = value + 1;
    }

    /** The value for {@code id}, or -1. */
    long get(UUID id) {
        int i = find(id.getMostSignificantBits(), id.getLeastSignificantBits());
        return i < 0 ? -1 : values[i] - 1;
    }

    boolean contains(UUID id) {
        return get(id) >= 0;
    }

    private int find(long h, long l) {
        int mask = values.length - 1;
        for (int i = slot(h, l, mask); ; i = (i + 1) & mask) {
            if (values[i] == 0) {
                return -1;
            }
            if (high[i] == h && low[i] == l) {
                return i;
            }
        }
    }

    private static int slot(long h, long l, int mask) {
        long x = h * 0x9E3779B97F4A7C15L ^ l;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return (int) (x ^ (x >>> 32)) & mask;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldValues = values;
        high = new long[oldValues.length * 2];
        low = new long[oldValues.length * 2];
        values = new long[oldValues.length * 2];
        int mask = values.length - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] != 0) {
                int i = slot(oldHigh[j], oldLow[j], mask);
                while (values[i] != 0) {
                    i = (i + 1) & mask;
                }
                high[i] = oldHigh[j];
                low[i] = oldLow[j];
                values[i] = oldValues[j];
            }
        }
    }
}
