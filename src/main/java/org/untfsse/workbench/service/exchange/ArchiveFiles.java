package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The archive folder as the bundle sees it: files named by the SHA-256 of their bytes (64 hex
 * digits). The archive feature decides the folder's layout; this finds files by name at any depth
 * and stores new ones at {@link #pathFor(String)}.
 */
public final class ArchiveFiles {

    static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");

    private final Path folder;

    public ArchiveFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Where a file with this hash is kept: the archive's layout, {@code archive/ab/abcdef…} (see ArchiveFileStore). */
    public Path pathFor(String hash) {
        return folder.resolve(hash.substring(0, 2)).resolve(hash);
    }

    /** Every file named by a hash, sorted by name (a stable order for the zip). */
    public List<Path> all() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> HASH.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !p.getParent().getFileName().toString().startsWith(".incoming"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
    }

    public boolean contains(String hash) throws IOException {
        if (Files.exists(pathFor(hash))) {
            return true;
        }
        return all().stream().anyMatch(p -> p.getFileName().toString().equals(hash));
    }

    /** Copies {@code in} to {@code out} (at most {@code limit} bytes; -1 if more) and returns the SHA-256 in hex. */
    static String copyHashing(InputStream in, OutputStream out, long limit, long[] size) throws IOException {
        MessageDigest digest = sha256();
        try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = hashing.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    size[0] = -1;
                    return "";
                }
                out.write(buffer, 0, n);
            }
            size[0] = total;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String hashOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copyHashing(in, OutputStream.nullOutputStream(), Long.MAX_VALUE, new long[1]);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
