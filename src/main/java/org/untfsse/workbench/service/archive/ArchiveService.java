package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.SafeFileName;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.store.archive.DocumentRepository;
import org.untfsse.workbench.store.archive.DocumentSearchRepository;
import org.untfsse.workbench.store.archive.SavedSearchRepository;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.PrivateFiles;
import org.untfsse.workbench.store.roster.OrganizationRepository;

/**
 * The archive's use cases: records with or without a file, their metadata, search, saved
 * searches, integrity checks and export. Adding files and extracting their text is done by
 * {@link ArchiveIntake}, reached through {@link #addFiles}.
 */
public final class ArchiveService {

    private final Database database;
    private final DocumentRepository documents;
    private final DocumentSearchRepository search;
    private final SavedSearchRepository savedSearches;
    private final OrganizationRepository organizations;
    private final ArchiveFileStore files;
    private final ArchiveIntake intake;
    private final ArchiveRules rules;
    private final FtsQuery ftsQuery;
    private final Messages messages;
    private final Clock clock;
    private final LinkTargets links;

    public ArchiveService(Database database, DocumentRepository documents, DocumentSearchRepository search,
                          SavedSearchRepository savedSearches, OrganizationRepository organizations,
                          ArchiveFileStore files, Messages messages, Clock clock) {
        this(database, documents, search, savedSearches, organizations, files, messages, clock, LinkTargets.NONE);
    }

    /** {@code links} lists the meetings and decisions documents may be linked to. */
    public ArchiveService(Database database, DocumentRepository documents, DocumentSearchRepository search,
                          SavedSearchRepository savedSearches, OrganizationRepository organizations,
                          ArchiveFileStore files, Messages messages, Clock clock, LinkTargets links) {
        this.links = links;
        this.database = database;
        this.documents = documents;
        this.search = search;
        this.savedSearches = savedSearches;
        this.organizations = organizations;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
        this.rules = new ArchiveRules(messages);
        this.ftsQuery = new FtsQuery(messages);
        this.intake = new ArchiveIntake(database, documents, files, new TextExtractor(), messages, clock);
    }

    // ---- adding --------------------------------------------------------------------------------

    /**
     * Archives each file (folders are walked) with the metadata of {@code template}; a file already
     * in the archive is not stored twice. Text is extracted as each file is added, with progress.
     */
    public List<AddOutcome> addFiles(List<Path> paths, Document template, Progress progress) throws IOException {
        // The title may be left empty: each file is then titled after its name.
        Document probe = template.title().isEmpty() ? withTitle(template, "-") : template;
        database.read(() -> {
            ValidationException.throwIfAny(problems(probe, null));
            return null;
        });
        return intake.addFiles(paths, template, progress);
    }

    /** Extracts the text of documents left pending (e.g. when the window was closed during an import). */
    public int extractPending(Progress progress) {
        return intake.extractPending(progress);
    }

    /** Saves a record that has no file (a reference to a resolution, say). */
    public Document addRecord(Document draft) {
        Document d = draft.withFile(null, org.untfsse.workbench.model.archive.ExtractionStatus.NONE)
                .withUpdatedAt(Clocks.now(clock));
        return database.write(() -> {
            ValidationException.throwIfAny(problems(d, null));
            documents.save(d, "");
            return d;
        });
    }

    /** Saves edited metadata; the file and its text stay. Unchanged metadata is not re-stamped. */
    public Document updateMetadata(Document edited) {
        return database.write(() -> {
            Document existing = documents.find(edited.id()).orElseThrow(() -> notFound(edited.id()));
            Document candidate = existing.withMetadataOf(edited);
            if (candidate.equals(existing)) {
                return existing;
            }
            ValidationException.throwIfAny(problems(candidate, existing));
            Document saved = candidate.withUpdatedAt(Clocks.now(clock));
            documents.save(saved, null);
            return saved;
        });
    }

    private List<Problem> problems(Document d, Document before) {
        List<Problem> found = new java.util.ArrayList<>(rules.check(d, id -> organizations.find(id).isPresent()));
        found.addAll(rules.checkLinks(d, before, links));
        return found;
    }

    /** The documents linked to any of these meetings or decisions, newest first (undated last), then by title. */
    public List<Document> linkedTo(java.util.Collection<UUID> targetIds) {
        return database.read(() -> targetIds.stream().flatMap(t -> documents.findLinkedTo(t).stream()).distinct()
                .map(documents::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Document::date, java.util.Comparator.nullsLast(
                        java.util.Comparator.<java.time.LocalDate>reverseOrder())).thenComparing(Document::title))
                .toList());
    }

    /** The meetings and decisions documents can be linked to. */
    public LinkTargets links() {
        return links;
    }

    /**
     * Deletes the record. Its file is removed from the archive folder only when no other
     * document refers to it. Returns true when the file was removed.
     */
    public boolean delete(UUID id) throws IOException {
        String orphan = database.write(() -> {
            Document d = documents.find(id).orElseThrow(() -> notFound(id));
            documents.delete(id);
            if (d.file() != null && documents.countByFile(d.file().sha256()) == 0) {
                return d.file().sha256();
            }
            return null;
        });
        if (orphan != null) {
            files.delete(orphan);
            return true;
        }
        return false;
    }

    // ---- reading ---------------------------------------------------------------------------

    public Optional<Document> document(UUID id) {
        return database.read(() -> documents.find(id));
    }

    public long documentCount() {
        return database.read(documents::count);
    }

    /** One page of results for what the user typed; throws {@link ValidationException} on a malformed query. */
    public List<SearchHit> search(String query, DocumentFilter filter, SearchSort sort, int offset, int limit) {
        String fts = ftsQuery.toFts(query);
        return database.read(() -> search.page(fts, filter, sort, offset, limit));
    }

    public long count(String query, DocumentFilter filter) {
        String fts = ftsQuery.toFts(query);
        return database.read(() -> search.count(fts, filter));
    }

    /** Checks a query without running it; empty when it is fine, else the problem to show. */
    public Optional<Problem> checkQuery(String query) {
        try {
            ftsQuery.toFts(query);
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.problems().get(0));
        }
    }

    public List<Integer> years() {
        return database.read(documents::years);
    }

    public List<String> tags() {
        return database.read(documents::tags);
    }

    public List<String> languages() {
        return database.read(documents::languages);
    }

    /** Where the archived file of {@code d} is; empty for a record without a file. */
    public Optional<Path> fileOf(Document d) {
        return d.file() == null ? Optional.empty() : Optional.of(files.path(d.file().sha256()));
    }

    /**
     * True when the document's file is a program or script ({@link ExecutableFileRule}): by its
     * name, its stored media type or its first bytes. The workbench never opens such a file.
     */
    public boolean isProgram(Document d) {
        if (d.file() == null) {
            return false;
        }
        if (ExecutableFileRule.isProgram(d.file().originalName(), d.file().mediaType())) {
            return true;
        }
        Path file = files.path(d.file().sha256());
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return ExecutableFileRule.startsLikeProgram(in.readNBytes(4));
        } catch (IOException e) {
            return false; // a missing file is reported when it is opened
        }
    }

    /**
     * A read-only copy of the document's file under its original name, to open in another
     * program: an editor saving in place must never change the archived original. Refused for a
     * program or script ({@link #isProgram}), which the system would run rather than show.
     */
    public Path copyForOpening(Document d) throws IOException {
        Path source = fileOf(d).orElseThrow(() -> new IOException(messages.get("archive.error.noFile")));
        if (!Files.isReadable(source)) {
            throw new ValidationException(List.of(new Problem(d.title(),
                    messages.get("archive.error.fileMissing", d.file().originalName(), files.root()))));
        }
        if (isProgram(d)) {
            throw new ValidationException(List.of(new Problem(d.title(),
                    messages.get("archive.error.program", d.file().originalName()))));
        }
        // Private to the officer, like the archive itself: other users of the computer cannot read the copy.
        Path folder = PrivateFiles.folder(Path.of(System.getProperty("java.io.tmpdir"), "secretariat-workbench-open",
                d.file().sha256().substring(0, 16)));
        Path target = folder.resolve(SafeFileName.of(d.file().originalName(), d.file().sha256()));
        if (Files.exists(target)) {
            target.toFile().setWritable(true);
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(target); // owner read and write, never execute
        target.toFile().setWritable(false);
        return target;
    }

    // ---- saved searches -----------------------------------------------------------------------

    public List<SavedSearch> savedSearches() {
        return database.read(savedSearches::findAll);
    }

    /** Saves the search under {@code name}, replacing one of the same name. */
    public SavedSearch saveSearch(String name, String query, DocumentFilter filter, SearchSort sort) {
        ValidationException.throwIfAny(new SavedSearchRules(messages).check(name, query));
        return database.write(() -> {
            UUID id = savedSearches.findByName(name).map(SavedSearch::id).orElseGet(UUID::randomUUID);
            SavedSearch saved = new SavedSearch(id, name, query, filter, sort, Clocks.now(clock));
            savedSearches.save(saved);
            return saved;
        });
    }

    public void deleteSavedSearch(UUID id) {
        database.write(() -> {
            savedSearches.delete(id);
            return null;
        });
    }

    // ---- integrity and export ------------------------------------------------------------------

    /** Checks every archived file against its hash; reports, never repairs. */
    public VerifyReport verify(Progress progress) {
        return new ArchiveVerifier(files).verify(database.read(documents::findFileUses), progress);
    }

    /** Copies the files of the selected documents into {@code folder}, with a JSON file of their metadata. */
    public ArchiveExporter.Result export(List<UUID> ids, Path folder, Progress progress) throws IOException {
        List<Document> selected = database.read(() -> ids.stream().map(documents::find).flatMap(Optional::stream).toList());
        return new ArchiveExporter(files, organizations, database).export(selected, folder, progress);
    }

    /** The generator of a synthetic archive for the benchmark (never for a real data folder). */
    public SyntheticArchive synthetic() {
        return new SyntheticArchive(database, documents, organizations, clock);
    }

    /** Some organization cited by the archive, for the benchmark's filtered queries. */
    public Optional<UUID> anyOrganization() {
        return database.read(() -> organizations.findAll().stream().findFirst().map(o -> o.id()));
    }

    private static Document withTitle(Document d, String title) {
        return new Document(d.id(), title, d.kind(), d.symbol(), d.date(), d.languages(), d.organizationIds(), d.tags(),
                d.description(), d.meetingIds(), d.decisionIds(), d.file(), d.extraction(), d.extractionMessage(), d.updatedAt());
    }

    private IllegalArgumentException notFound(UUID id) {
        return new IllegalArgumentException(messages.get("archive.error.notFound", id));
    }
}
