package org.untfsse.workbench.service.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Progress;

/**
 * How far the readings of a bundle file have got, in bytes over every reading expected: the import
 * reads the file once (checked, merged and written together; see {@link StreamedImport}), or, when it
 * must take the careful way, twice; the preview reads it twice (check, then merge).
 * Reported about every megabyte and at the end of each reading, so a large bundle shows a
 * determinate progress bar instead of a spinner for the best part of a minute.
 */
final class ReadingProgress {

    private static final long STEP = 1 << 20;

    private final Progress progress;
    private final Messages messages;
    private final long total;
    private final String firstReading;
    private final String laterReadings;
    private long done;
    private long reported;
    private int readings;

    /** {@code laterReadings}: the message key for the readings after the first (checking, or applying). */
    ReadingProgress(Progress progress, Messages messages, long size, int readings, String laterReadings) {
        this(progress, messages, size, readings, "exchange.progress.reading", laterReadings);
    }

    /** {@code firstReading}, {@code laterReadings}: the message keys for the first reading and the others. */
    ReadingProgress(Progress progress, Messages messages, long size, int readings, String firstReading,
                    String laterReadings) {
        this.progress = progress;
        this.messages = messages;
        this.total = Math.max(1, size * readings);
        this.firstReading = firstReading;
        this.laterReadings = laterReadings;
    }

    /** {@code in}, counted as the next reading of the file. */
    InputStream track(InputStream in) {
        readings++;
        String message = messages.get(readings == 1 ? firstReading : laterReadings);
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                counted(b < 0 ? -1 : 1, message);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                counted(n, message);
                return n;
            }

            @Override
            public void close() throws IOException {
                report(message);
                super.close();
            }
        };
    }

    private void counted(int n, String message) {
        if (n > 0) {
            done += n;
        }
        if (n < 0 || done - reported >= STEP) {
            report(message);
        }
    }

    private void report(String message) {
        reported = done;
        progress.update(Math.min(done, total), total, message);
    }
}
