package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** How often an import reads the bundle file: check, then plan and write ({@link StreamedImport}). */
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
        ParsedBundle parsed = read(bundle, progress, PREVIEW_READINGS, "exchange.progress.checking");
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

    /** Validates everything, then applies the bundle in one transaction. @throws ValidationException */
    public ImportPreview importBundle(Path bundle, Path filesZip, Progress progress) throws IOException {
        progress.update(0, -1, messages.get("exchange.progress.reading"));
        ParsedBundle parsed = read(bundle, progress, IMPORT_READINGS, "exchange.progress.applying");
        return apply(parsed, bundle.getFileName().toString(), filesZip, progress);
    }

    /** Loads the shipped sample data (real public facts about the task force) through the importer. */
    public ImportPreview loadSampleData(Progress progress) throws IOException {
        ParsedBundle parsed;
        try (InputStream in = ExchangeService.class.getResourceAsStream(BundleFormat.SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample data is missing from this build: " + BundleFormat.SAMPLE_RESOURCE);
            }
            parsed = readChecking(in, () -> ExchangeService.class.getResourceAsStream(BundleFormat.SAMPLE_RESOURCE));
        }
        progress.update(0, -1, messages.get("exchange.progress.applying"));
        return apply(parsed, "sample-data", null, progress);
    }

    /** True when no section holds a record beyond what every new database has (a first start). */
    public boolean isEmpty() {
        return database.read(() -> sections.stream().noneMatch(BundleSection::holdsUserRecords));
    }

    private ImportPreview apply(ParsedBundle parsed, String name, Path filesZip, Progress progress) throws IOException {
        ValidationException.throwIfAny(parsed.problems);
        backupBeforeImport.run();
        FilesZip zip = new FilesZip(archive, messages);
        FilesZip.Staged staged = filesZip == null ? null : zip.stage(filesZip);
        try {
            ImportPreview preview = unchecked(() -> importAll(parsed, name));
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
     * Writes the bundle in one transaction ({@link BundleImporter#importAll}). The checks run before
     * the commit; should SQLite still refuse a row (a constraint the checks did not foresee), the
     * transaction is rolled back and the bundle planned again without writing, so the officer gets
     * the problems at their JSON paths rather than a database error.
     */
    private ImportPreview importAll(ParsedBundle parsed, String name) {
        try {
            return database.write(() -> {
                bases.largeCache(true);
                try {
                    ImportPreview preview = importer().importAll(parsed);
                    if (!preview.changesNothing()) {
                        bases.logExchange("IMPORT", Clocks.now(clock), name, parsed.recordCount());
                    }
                    return preview;
                } finally {
                    bases.largeCache(false);
                }
            });
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.CONSTRAINT) {
                database.read(() -> importer().plan(parsed));
            }
            throw e;
        }
    }

    private ParsedBundle read(Path bundle, Progress progress, int readings, String laterReadings) throws IOException {
        if (!Files.isRegularFile(bundle)) {
            throw new ValidationException(List.of(new Problem(bundle.toString(),
                    messages.get("error.fileMissing", bundle))));
        }
        if (Files.size(bundle) > BundleFormat.MAX_DOCUMENT_BYTES) {
            throw new ValidationException(List.of(new Problem("$", messages.get("exchange.error.tooLarge",
                    BundleFormat.MAX_DOCUMENT_BYTES / (1024 * 1024)))));
        }
        long size = Files.size(bundle);
        FileTime modified = Files.getLastModifiedTime(bundle);
        ReadingProgress reading = new ReadingProgress(progress, messages, size, readings, laterReadings);
        try (InputStream in = reading.track(Files.newInputStream(bundle))) {
            ParsedBundle parsed = readChecking(in, new ParsedBundle.BundleSource() {
                @Override
                public InputStream open() throws IOException {
                    checkUnchanged();
                    return reading.track(Files.newInputStream(bundle));
                }

                @Override
                public void checkUnchanged() throws IOException {
                    if (Files.size(bundle) != size || !Files.getLastModifiedTime(bundle).equals(modified)) {
                        throw new ValidationException(List.of(new Problem("$",
                                messages.get("exchange.error.changedWhileReading"))));
                    }
                }
            });
            ValidationException.throwIfAny(parsed.problems);
            return parsed;
        }
    }

    /**
     * The first reading: everything checked, the records of the small sections kept, those of the
     * streamed sections only counted ({@link StreamedImport} reads them again from {@code source}).
     */
    private ParsedBundle readChecking(InputStream in, ParsedBundle.BundleSource source) throws IOException {
        Map<String, Consumer<Incoming<?>>> counted = new HashMap<>();
        sections.stream().filter(s -> s instanceof StreamedSection<?>).forEach(s -> counted.put(s.key(), r -> { }));
        ParsedBundle parsed = new BundleReader(sections, messages).read(in, counted, false);
        parsed.source = source;
        return parsed;
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
