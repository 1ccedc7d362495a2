package org.untfsse.workbench.store.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to write to a data folder, held by the window for its whole life and by a
 * writing CLI command while it runs. It is an operating-system file lock, so a process that
 * crashes or is killed releases it: a stale lock file never blocks the next start.
 */
public final class DataFolderLock implements AutoCloseable {

    /**
     * Lock files held by this process. Checked before a channel is opened, because closing any
     * channel on a locked file would release the process's lock on it (POSIX record locks).
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Tries to take the lock, retrying until {@code waitMillis} have passed.
     * Empty when another process holds it.
     */
    public static Optional<DataFolderLock> tryAcquire(Path lockFile, long waitMillis) throws IOException {
        Path path = lockFile.toAbsolutePath().normalize();
        if (!Files.isDirectory(path.getParent())) {
            Files.createDirectories(path.getParent());
        }
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (true) {
            if (HELD_HERE.add(path)) {
                FileChannel channel;
                try {
                    channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileSystemException readOnlyMedium) {
                    HELD_HERE.remove(path);
                    if (Database.isWritableFolder(path.getParent())) {
                        throw readOnlyMedium;
                    }
                    // Nothing can be written to a read-only folder, so readers need not exclude each other.
                    return Optional.of(new DataFolderLock(path, null, null));
                }
                FileLock lock = null;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisProcess) {
                    lock = null;
                }
                if (lock != null) {
                    return Optional.of(new DataFolderLock(path, channel, lock));
                }
                channel.close();
                HELD_HERE.remove(path);
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
            HELD_HERE.remove(path);
        }
    }
}
