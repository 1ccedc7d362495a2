package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.StoreException;
import org.untfsse.workbench.store.exchange.BundleBaseStore;

/**
 * Moving the whole record in and out: JSON bundle export and import (with merge and preview),
 * sample data, backup and verify. Export streams from one consistent read; import validates
 * everything first and then writes in one transaction, or not at all.
 */
public final class ExchangeService {

    /** How often an import reads the bundle file when it cannot do with one: check, then plan and write ({@link StreamedImport}). */
    private static final int IMPORT_READINGS = 2;
    /** How often a preview reads it: check, plan. */
    private static final int PREVIEW_READINGS = 2;

    private final Database database;
    private final List<BundleSection<?>> sections;
    private final BundleBaseStore bases;
    private final ArchiveFiles archive;
    private final List<IntegrityCheck> checks;
    private final Messages messages;
    private final Clock clock;
    private final Runnable backupBeforeImport;
    private final Consumer<Progress> afterImport;
    private final BundleFile file;

    public ExchangeService(Database database, List<BundleSection<?>> sections, BundleBaseStore bases,
                           ArchiveFiles archive, List<IntegrityCheck> checks, Messages messages, Clock clock) {
        this(database, sections, bases, archive, checks, messages, clock, () -> { });
    }

    /** {@code backupBeforeImport} runs after a bundle has been fully validated and before it is applied. */
    public ExchangeService(Database database, List<BundleSection<?>> sections, BundleBaseStore bases,
                           ArchiveFiles archive, List<IntegrityCheck> checks, Messages messages, Clock clock,
                           Runnable backupBeforeImport) {
        this(database, sections, bases, archive, checks, messages, clock, backupBeforeImport, progress -> { });
    }

    /**
     * {@code afterImport} runs once an import that changed something has been committed and its
     * files moved into the archive (the archive reads the text of the documents that came in).
     */
    public ExchangeService(Database database, List<BundleSection<?>> sections, BundleBaseStore bases,
                           ArchiveFiles archive, List<IntegrityCheck> checks, Messages messages, Clock clock,
                           Runnable backupBeforeImport, Consumer<Progress> afterImport) {
        this.backupBeforeImport = backupBeforeImport;
        this.afterImport = afterImport;
        List<BundleSection<?>> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt((BundleSection<?> s) -> BundleFormat.orderOf(s.key()))
                .thenComparing(BundleSection::key));
        this.database = database;
        this.sections = List.copyOf(sorted);
        this.bases = bases;
        this.archive = archive;
        this.checks = List.copyOf(checks);
        this.messages = messages;
        this.clock = clock;
        this.file = new BundleFile(this.sections, messages);
    }

    public List<BundleSection<?>> sections() {
        return sections;
    }

    // ---- export ------------------------------------------------------------------------------

    /** Writes the whole database to {@code out} (atomically); with {@code filesZip}, the archive's files too. */
    public ExportResult export(Path out, Path filesZip, boolean omitPersonal, Progress progress) throws IOException {
        Instant now = Clocks.now(clock);
        long records = database.read(() -> {
            try {
                return AtomicFile.write(out, stream -> new BundleWriter(sections).write(stream, now, omitPersonal, progress));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int files = 0;
        if (filesZip != null) {
            files = AtomicFile.write(filesZip, new FilesZip(archive, messages)::pack);
        }
        database.write(() -> {
            bases.logExchange("EXPORT", now, out.getFileName().toString(), records);
            return null;
        });
        return new ExportResult(out, records, filesZip, files);
    }

    // ---- import ------------------------------------------------------------------------------

    /** What importing would do; writes nothing. @throws ValidationException listing every problem */
    public ImportPreview preview(Path bundle, Path filesZip) throws IOException {
        return preview(bundle, filesZip, Progress.NONE);
    }

    /** {@link #preview(Path, Path)}, reporting how far the reading has got. */
    public ImportPreview preview(Path bundle, Path filesZip, Progress progress) throws IOException {
        ParsedBundle parsed = file.read(bundle, progress, PREVIEW_READINGS, "exchange.progress.checking");
        ImportPreview preview = unchecked(() -> database.read(() -> importer().plan(parsed).preview()));
        if (filesZip != null) {
            FilesZip zip = new FilesZip(archive, messages);
            FilesZip.Staged staged = zip.stage(filesZip);
            try {
                preview.filesAdded(zip.newFiles(staged));
            } finally {
                zip.discard(staged);
            }
        }
        return preview;
    }

    /**
     * Validates everything and applies the bundle in one transaction, all or nothing. @throws ValidationException
     *
     * <p>In one reading of the file ({@link BundleImporter#importInOneReading}): every problem throws
     * before the commit, so nothing is written. A file that lists a section before the one it refers
     * to makes SQLite refuse a row; it is then read the careful way: checked first, then its large
     * sections read again in section order ({@link BundleImporter#importAll}), which also puts any
     * problem SQLite saw in the officer's words.
     */
    public ImportPreview importBundle(Path bundle, Path filesZip, Progress progress) throws IOException {
        progress.update(0, -1, messages.get("exchange.progress.reading"));
        file.check(bundle);
        String name = bundle.getFileName().toString();
        // The one reading checks and writes together: "Checking and applying the bundle…" from its start.
        ParsedBundle.BundleSource once = file.source(bundle, new ReadingProgress(progress, messages, Files.size(bundle),
                1, "exchange.progress.applying", "exchange.progress.applying"));
        return apply(name, filesZip, progress, () -> {
            try {
                return write(name, importer -> importer.importInOneReading(once));
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CONSTRAINT) {
                    throw e;
                }
                ParsedBundle parsed = file.read(bundle, progress, IMPORT_READINGS, "exchange.progress.applying");
                return importAll(parsed, name);
            }
        });
    }

    /** Loads the shipped sample data (real public facts about the task force) through the importer. */
    public ImportPreview loadSampleData(Progress progress) throws IOException {
        ParsedBundle parsed;
        try (InputStream in = ExchangeService.class.getResourceAsStream(BundleFormat.SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample data is missing from this build: " + BundleFormat.SAMPLE_RESOURCE);
            }
            parsed = file.readChecking(in, () -> ExchangeService.class.getResourceAsStream(BundleFormat.SAMPLE_RESOURCE));
        }
        progress.update(0, -1, messages.get("exchange.progress.applying"));
        ParsedBundle sample = parsed;
        return apply("sample-data", null, progress, () -> importAll(sample, "sample-data"));
    }

    /** True when no section holds a record beyond what every new database has (a first start). */
    public boolean isEmpty() {
        return database.read(() -> sections.stream().noneMatch(BundleSection::holdsUserRecords));
    }

    /** The writing of an import, in its transaction. */
    private interface ImportWork {
        ImportPreview run() throws IOException;
    }

    /** Backs the database up, stages the files zip, runs {@code work}, then keeps the zip's files. */
    private ImportPreview apply(String name, Path filesZip, Progress progress, ImportWork work) throws IOException {
        backupBeforeImport.run();
        FilesZip zip = new FilesZip(archive, messages);
        FilesZip.Staged staged = filesZip == null ? null : zip.stage(filesZip);
        try {
            ImportPreview preview = work.run();
            if (staged != null) {
                preview.filesAdded(zip.commit(staged));
                staged = null;
            }
            if (!preview.changesNothing()) {
                afterImport.accept(progress);
            }
            return preview;
        } finally {
            if (staged != null) {
                zip.discard(staged);
            }
        }
    }

    /**
     * Writes a bundle read and checked before ({@link BundleImporter#importAll}). The checks run before
     * the commit; should SQLite still refuse a row (a constraint the checks did not foresee), the
     * transaction is rolled back and the bundle planned again without writing, so the officer gets
     * the problems at their JSON paths rather than a database error.
     */
    private ImportPreview importAll(ParsedBundle parsed, String name) throws IOException {
        ValidationException.throwIfAny(parsed.problems);
        try {
            return write(name, importer -> importer.importAll(parsed));
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.CONSTRAINT) {
                database.read(() -> importer().plan(parsed));
            }
            throw e;
        }
    }

    /** What an import does in its transaction. */
    private interface ImporterWork {
        BundleImporter.Imported run(BundleImporter importer) throws IOException;
    }

    /** Runs {@code work} in one write transaction with the large page cache, and logs the import when it changed something. */
    private ImportPreview write(String name, ImporterWork work) throws IOException {
        return unchecked(() -> database.write(() -> {
            bases.largeCache(true);
            try {
                BundleImporter.Imported imported = work.run(importer());
                if (!imported.preview().changesNothing()) {
                    bases.logExchange("IMPORT", Clocks.now(clock), name, imported.records());
                }
                return imported.preview();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                bases.largeCache(false);
            }
        }));
    }

    /** An I/O error on reading the bundle again (inside a transaction) comes out as itself. */
    private static <R> R unchecked(Supplier<R> work) throws IOException {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private BundleImporter importer() {
        return new BundleImporter(sections, bases, messages);
    }

    // ---- backup and verify -------------------------------------------------------------------

    /** A consistent copy of the database while it stays in use (SQLite's VACUUM INTO). */
    public void backup(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ValidationException(List.of(new Problem(target.toString(), messages.get("exchange.backup.exists"))));
        }
        Files.createDirectories(absolute.getParent());
        database.backupTo(absolute);
    }

    public VerifyReport verify(Progress progress) throws Exception {
        String check = database.integrityCheck();
        List<Problem> problems = new ArrayList<>();
        for (IntegrityCheck c : checks) {
            problems.addAll(c.run(progress));
        }
        return new VerifyReport(check, problems);
    }

    /** The JSON Schema of the bundles this version writes and reads, generated from the sections. */
    public String schema() {
        return BundleSchema.generate(sections);
    }
}
