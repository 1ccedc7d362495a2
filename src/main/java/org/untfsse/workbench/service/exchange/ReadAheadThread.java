package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One reading of the streamed sections with the parsing on a second thread: it parses and checks
 * the records ({@link BundleReader}) while the importing thread merges and writes those already read,
 * so reading (Jackson, the field checks) and writing (SQLite) use both cores. The importing thread
 * keeps its transaction and its connection to itself: the sinks run on it, in file order. The
 * records go over in chunks through a short queue, so memory stays bounded: at most
 * {@value #QUEUE} chunks of {@value #CHUNK} records wait.
 */
final class ReadAheadThread {

    private static final int CHUNK = 256;
    private static final int QUEUE = 8;

    /** A record read and the sink it goes to. */
    private record Read(Consumer<Incoming<?>> sink, Incoming<?> record) {
    }

    /** The end of the reading: what {@link BundleReader#read} returned, or what it failed with. */
    private record End(ParsedBundle bundle, Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean abandoned;

    private ReadAheadThread() {
    }

    /**
     * {@code reader.read(in, sinks, onlySinks)}, with the parsing on a second thread and the sinks called
     * on this one. Returns once the reading has ended and every record has gone to its sink; when a
     * sink throws, the reading thread is stopped before the exception goes on (the caller may then
     * close {@code in}).
     */
    static ParsedBundle read(BundleReader reader, InputStream in, Map<String, Consumer<Incoming<?>>> sinks,
                             boolean onlySinks) throws IOException {
        return new ReadAheadThread().run(reader, in, sinks, onlySinks);
    }

    private ParsedBundle run(BundleReader reader, InputStream in, Map<String, Consumer<Incoming<?>>> sinks,
                             boolean onlySinks) throws IOException {
        List<Read> chunk = new ArrayList<>(CHUNK);
        Map<String, Consumer<Incoming<?>>> handOver = new LinkedHashMap<>();
        sinks.forEach((key, sink) -> handOver.put(key, record -> {
            chunk.add(new Read(sink, record));
            if (chunk.size() == CHUNK) {
                put(List.copyOf(chunk));
                chunk.clear();
            }
        }));
        Thread thread = new Thread(() -> {
            End end;
            try {
                ParsedBundle bundle = reader.read(in, handOver, onlySinks);
                put(List.copyOf(chunk));
                end = new End(bundle, null);
            } catch (Throwable e) {
                end = new End(null, e);
            }
            put(end);
        }, "bundle-import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            return consume();
        } finally {
            abandoned = true;
            Threads.joinUninterruptibly(thread);
        }
    }

    private ParsedBundle consume() throws IOException {
        while (true) {
            Object next = take();
            if (next instanceof End end) {
                if (end.failure() != null) {
                    rethrow(end.failure());
                }
                return end.bundle();
            }
            @SuppressWarnings("unchecked")
            List<Read> reads = (List<Read>) next;
            for (Read read : reads) {
                read.sink().accept(read.record());
            }
        }
    }

    /** On the reading thread: waits for room; gives up once the importing thread no longer takes. */
    private void put(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private Object take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted");
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof UncheckedIOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IOException(failure);
    }

    /** Stops the reading thread once the importing thread has stopped taking (it failed). */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
