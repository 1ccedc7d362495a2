package org.untfsse.workbench.service.exchange;

import java.util.Arrays;

/** Rows of a fixed number of {@code long}s in growable arrays: compact facts, no object per row. */
final class LongColumns {

    private long[][] columns;
    private int size;

    LongColumns(int width) {
        columns = new long[width][256];
    }

    int size() {
        return size;
    }

    /** Appends a row; returns its number. */
    int add(long... row) {
        if (size == columns[0].length) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], size * 2);
            }
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c][size] = row[c];
        }
        return size++;
    }

    long get(int row, int column) {
        return columns[column][row];
    }
}
