package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.StoredFile;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.store.archive.DocumentRepository;
import org.untfsse.workbench.store.common.Database;

/**
 * Adds files to the archive and reads their text into the index. Each file is stored (once per
 * content) and recorded first, as PENDING; its text is then extracted and saved. A file whose
 * text cannot be read stays archived, marked FAILED with the reason.
 */
final class ArchiveIntake {

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIntake.class);

    private final Database database;
    private final DocumentRepository documents;
    private final ArchiveFileStore files;
    private final TextExtractor extractor;
    private final Messages messages;
    private final Clock clock;

    ArchiveIntake(Database database, DocumentRepository documents, ArchiveFileStore files, TextExtractor extractor,
                  Messages messages, Clock clock) {
        this.database = database;
        this.documents = documents;
        this.files = files;
        this.extractor = extractor;
        this.messages = messages;
        this.clock = clock;
    }

    List<AddOutcome> addFiles(List<Path> paths, Document template, Progress progress) throws IOException {
        List<Path> all = expand(paths);
        List<AddOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Path path = all.get(i);
            String name = path.getFileName().toString();
            progress.update(i, all.size(), messages.get("archive.progress.adding", name, i + 1, all.size()));
            ArchiveFileStore.Put put = files.put(path);
            AddOutcome outcome = database.write(() -> {
                Optional<Document> existing = documents.findByFile(put.sha256());
                if (existing.isPresent()) {
                    return new AddOutcome(path, existing.get(), true);
                }
                String title = template.title().isEmpty()
                        ? titleFromName(name) : template.title();
                Document d = new Document(UUID.randomUUID(), title, template.kind(), template.symbol(), template.date(),
                        template.languages(), template.organizationIds(), template.tags(), template.description(),
                        template.meetingIds(), template.decisionIds(),
                        new StoredFile(put.sha256(), name, MediaTypes.of(name), put.size()), ExtractionStatus.PENDING, "",
                        Clocks.now(clock));
                documents.save(d, "");
                return new AddOutcome(path, d, false);
            });
            if (!outcome.alreadyArchived()) {
                progress.update(i, all.size(), messages.get("archive.progress.reading", name, i + 1, all.size()));
                outcome = new AddOutcome(path, extract(outcome.document()), false);
            }
            outcomes.add(outcome);
        }
        progress.update(all.size(), all.size(), "");
        return outcomes;
    }

    /**
     * Reads the text of every pending document whose file is in the archive folder. One whose file
     * is not there (a record imported from a bundle without its files) stays pending until it comes.
     */
    int extractPending(Progress progress) {
        List<UUID> pending = database.read(documents::findPendingExtraction);
        for (int i = 0; i < pending.size(); i++) {
            progress.update(i, pending.size(), messages.get("archive.progress.readingPending", i + 1, pending.size()));
            UUID id = pending.get(i);
            database.read(() -> documents.find(id))
                    .filter(d -> d.file() != null && Files.isRegularFile(files.path(d.file().sha256())))
                    .ifPresent(this::extract);
        }
        return pending.size();
    }

    /** Reads the document's text and saves it with the outcome; returns the document as saved. */
    Document extract(Document d) {
        if (d.file() == null) {
            return d;
        }
        ExtractionStatus status;
        String message;
        String body;
        try {
            Optional<String> text = extractor.extract(files.path(d.file().sha256()), d.file().mediaType());
            status = text.isPresent() ? ExtractionStatus.DONE : ExtractionStatus.NONE;
            message = text.isPresent() ? "" : messages.get("archive.extraction.unsupported", d.file().mediaType());
            body = text.orElse("");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the text of {} ({})", d.file().originalName(), d.file().sha256(), e);
            status = ExtractionStatus.FAILED;
            message = messages.get("archive.extraction.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            body = "";
        }
        ExtractionStatus finalStatus = status;
        String finalMessage = message;
        String finalBody = body;
        return database.write(() -> {
            Optional<Document> current = documents.find(d.id());
            if (current.isEmpty()) {
                return d;
            }
            Document saved = current.get().withExtraction(finalStatus, finalMessage);
            documents.save(saved, finalBody);
            return saved;
        });
    }

    /** The files named, with folders replaced by the files inside them (hidden ones skipped). */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted().forEach(out::add);
                }
            } else {
                if (!Files.isRegularFile(path)) {
                    throw new java.nio.file.NoSuchFileException(path.toString());
                }
                out.add(path);
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document's default title from its file name: without the extension, underscores as spaces,
     * and without the bidirectional override and isolate characters (U+202A–U+202E, U+2066–U+2069)
     * that make a name display reversed ("report\u202Efdp.exe" would show as "reportexe.pdf").
     */
    static String titleFromName(String name) {
        String visible = BIDI_CONTROLS.matcher(name).replaceAll("");
        int dot = visible.lastIndexOf('.');
        String base = dot > 0 ? visible.substring(0, dot) : visible;
        return base.replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
