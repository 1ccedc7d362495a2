package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second thread that encodes and writes what the exporting thread reads from the database, so
 * reading (SQLite) and writing (escaping, copying, the file system) use both cores. The exporting
 * thread keeps its read transaction and its connection to itself; it hands over steps in order
 * through a short queue (memory stays bounded: at most {@value #QUEUE} steps wait). Whatever a
 * step refers to must not change once handed over.
 */
final class EncodingThread implements AutoCloseable {

    /** One piece of the bundle, written on the encoding thread. */
    @FunctionalInterface
    interface Step {
        void writeTo(JsonByteOutput out) throws IOException;
    }

    private static final int QUEUE = 32;
    private static final Step END = out -> {
    };

    private final BlockingQueue<Step> queue = new ArrayBlockingQueue<>(QUEUE);
    private final JsonByteOutput out;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;

    EncodingThread(OutputStream stream, int bufferSize) {
        this.out = new JsonByteOutput(stream, bufferSize);
        this.thread = new Thread(this::run, "bundle-export-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code step}; waits while the queue is full; throws what the encoding thread failed with. */
    void submit(Step step) throws IOException {
        try {
            while (!queue.offer(step, 50, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
        rethrowFailure();
    }

    /** Waits until every step is written and the buffer handed to the stream. */
    void finish() throws IOException {
        submit(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
        rethrowFailure();
    }

    /** After {@link #finish()}: nothing to do. Otherwise (a failure): drops what is queued and waits for the thread. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        abandoned = true;
        queue.clear();
        queue.offer(END);
        Threads.joinUninterruptibly(thread);
    }

    private void run() {
        try {
            while (true) {
                Step step = queue.take();
                if (abandoned) {
                    return;
                }
                if (step == END) {
                    out.flushBuffer();
                    return;
                }
                step.writeTo(out);
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (t instanceof UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("the export failed while writing", t);
    }
}
