package org.untfsse.workbench.service.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a file so that a crash never leaves a half-written file under the target name: into a
 * temporary file in the same folder, flushed and synced to disk, then renamed over the target.
 */
final class AtomicFile {

    /** Writes to the stream it is given. */
    @FunctionalInterface
    interface Content<R> {
        R writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static <R> R write(Path target, Content<R> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            R result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(new SyncingStream(channel), 1 << 16)) {
                result = content.writeTo(out);
                out.flush();
                out.close();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes to the channel and, every {@value #SYNC_EVERY} bytes, has a background thread sync what
     * is written so far, so the disk writes while the content is still being produced (Linux
     * otherwise holds a few hundred megabytes in memory until the final sync, which then waits for
     * all of them). {@link #close()} waits for the last background sync and reports its failure.
     */
    private static final class SyncingStream extends OutputStream {

        private static final long SYNC_EVERY = 32L << 20;

        private final FileChannel channel;
        private final OutputStream out;
        private final ExecutorService syncer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atomic-file-sync");
            t.setDaemon(true);
            return t;
        });
        private Future<?> pending;
        private long unsynced;

        SyncingStream(FileChannel channel) {
            this.channel = channel;
            this.out = Channels.newOutputStream(channel);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written(len);
        }

        private void written(int bytes) throws IOException {
            unsynced += bytes;
            if (unsynced >= SYNC_EVERY && (pending == null || pending.isDone())) {
                awaitPending();
                pending = syncer.submit(() -> {
                    channel.force(false);
                    return null;
                });
                unsynced = 0;
            }
        }

        private void awaitPending() throws IOException {
            if (pending == null) {
                return;
            }
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while syncing");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pending = null;
            }
        }

        /** Does not close the channel (its owner does, after the final sync). */
        @Override
        public void close() throws IOException {
            try {
                awaitPending();
            } finally {
                syncer.shutdownNow();
            }
        }
    }
}
