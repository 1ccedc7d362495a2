package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;

/**
 * The zip of document files that travels with a bundle: entries {@code files/<sha256>}. Reading is
 * defensive: no entry may name a path outside the archive folder, entries are size-bounded, and a
 * file whose bytes do not match its hash name is refused. Files are first checked into a staging
 * folder and only moved into the archive after the database import committed.
 */
final class FilesZip {

    static final String PREFIX = "files/";
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000_000;
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, zip's epoch

    private final ArchiveFiles archive;
    private final Messages messages;

    FilesZip(ArchiveFiles archive, Messages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    /** Writes every archive file into the zip; returns how many. */
    int pack(OutputStream out) throws IOException {
        List<Path> files = archive.all();
        // Finished, not closed: the caller owns the stream and syncs it to disk before closing it.
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(PREFIX + file.getFileName());
            entry.setLastModifiedTime(FIXED_TIME);
            zip.putNextEntry(entry);
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        return files.size();
    }

    /** Files checked and waiting in a staging folder. */
    record Staged(Path folder, List<String> hashes) {
    }

    /** Checks every entry into a staging folder; on any problem removes it and throws. */
    Staged stage(Path zipFile) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Path staging = archive.folder().resolve(".incoming-" + UUID.randomUUID());
        List<String> hashes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw invalid(zipFile, messages.get("exchange.zip.tooMany", MAX_ENTRIES));
            }
            Files.createDirectories(staging);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String problem = stageEntry(zip, entry, staging, hashes);
                if (problem != null) {
                    problems.add(new Problem(zipFile.getFileName() + ":" + entry.getName(), problem));
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            // Not a zip, or one cut short: its own structure cannot be read.
            problems.add(new Problem(zipFile.getFileName().toString(),
                    messages.get("exchange.zip.notZip", String.valueOf(e.getMessage()))));
        } catch (IOException | RuntimeException e) {
            discard(new Staged(staging, hashes));
            throw e;
        }
        if (!problems.isEmpty()) {
            discard(new Staged(staging, hashes));
            throw new ValidationException(problems);
        }
        return new Staged(staging, hashes);
    }

    private String stageEntry(ZipFile zip, ZipEntry entry, Path staging, List<String> hashes) throws IOException {
        String name = entry.getName();
        if (entry.isDirectory() && (name.equals(PREFIX) || name.equals(PREFIX.substring(0, PREFIX.length() - 1)))) {
            return null;
        }
        String hash = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        if (name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.contains(":")
                || name.contains("\\") || !ArchiveFiles.HASH.matcher(hash).matches()) {
            return messages.get("exchange.zip.badName");
        }
        Path target = staging.resolve(hash).normalize();
        if (!target.startsWith(staging)) {
            return messages.get("exchange.zip.badName");
        }
        if (entry.getSize() > MAX_ENTRY_BYTES) {
            return messages.get("exchange.zip.tooLarge", MAX_ENTRY_BYTES / (1024 * 1024));
        }
        long[] size = new long[1];
        String actual;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            actual = ArchiveFiles.copyHashing(in, out, MAX_ENTRY_BYTES, size);
        } catch (java.io.EOFException | ZipException damaged) {
            // A truncated or corrupted entry: the zip's own data, not our disk, is at fault.
            Files.deleteIfExists(target);
            return messages.get("exchange.zip.damagedEntry", String.valueOf(damaged.getMessage()));
        }
        if (size[0] < 0) {
            Files.deleteIfExists(target);
            return messages.get("exchange.zip.tooLarge", MAX_ENTRY_BYTES / (1024 * 1024));
        }
        if (!actual.equals(hash)) {
            Files.deleteIfExists(target);
            return messages.get("exchange.zip.hashMismatch", actual);
        }
        hashes.add(hash);
        return null;
    }

    /** Moves staged files into the archive (a file already there is the same file) and removes the staging folder. */
    int commit(Staged staged) throws IOException {
        int added = 0;
        for (String hash : staged.hashes()) {
            if (!archive.contains(hash)) {
                Path target = archive.pathFor(hash);
                Files.createDirectories(target.getParent());
                Files.move(staged.folder().resolve(hash), target, StandardCopyOption.ATOMIC_MOVE);
                added++;
            }
        }
        discard(staged);
        return added;
    }

    /** Counts the staged files not yet in the archive. */
    int newFiles(Staged staged) throws IOException {
        int n = 0;
        for (String hash : staged.hashes()) {
            if (!archive.contains(hash)) {
                n++;
            }
        }
        return n;
    }

    void discard(Staged staged) throws IOException {
        if (Files.isDirectory(staged.folder())) {
            try (var files = Files.list(staged.folder())) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staged.folder());
        }
    }

    private ValidationException invalid(Path zipFile, String message) {
        return new ValidationException(List.of(new Problem(zipFile.getFileName().toString(), message)));
    }
}
