package org.untfsse.workbench.store.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.untfsse.workbench.store.common.PrivateFiles;

/**
 * The archive folder: each file stored once, named by its SHA-256 in a sub-folder of its first two
 * hex digits ({@code archive/ab/abcdef…}). A file is copied to a temporary name in the archive
 * folder, synced, and then renamed into place, so a crash never leaves a half-written file under a hash.
 */
public final class ArchiveFileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ArchiveFileStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** What putting a file did: its hash and size, and whether the same bytes were already stored. */
    public record Put(String sha256, long size, boolean alreadyStored) {
    }

    /** Copies {@code source} into the archive under its hash, unless the same bytes are already there. */
    public Put put(Path source) throws IOException {
        // Private to the owner, also when the folder was deleted and is created again here.
        PrivateFiles.folder(root);
        Path temp = PrivateFiles.folder(root.resolve("tmp"));
        Path part = Files.createTempFile(temp, "adding-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                size = in.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (Files.exists(target)) {
                return new Put(hash, size, true);
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            PrivateFiles.folder(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
            return new Put(hash, size, false);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Where the file with {@code sha256} is (or would be) stored. */
    public Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** The SHA-256 of a file's bytes, as lower-case hex. */
    public static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
