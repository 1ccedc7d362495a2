package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.StoredFile;
import org.untfsse.workbench.service.archive.ArchiveRules;
import org.untfsse.workbench.store.exchange.DocumentBundleStore;

/**
 * {@code documents}: the archive's records — every metadata field and, when the record has a file,
 * its SHA-256, original name, media type and size. The file's bytes travel in the files zip
 * ({@code --with-files}); the text extracted for search does not travel: an imported record with a
 * new file is marked for extraction, and one whose file did not change keeps the text read here.
 * A record whose file is neither in the archive folder nor in the zip is imported all the same,
 * as the archive keeps any record whose file went missing: {@code archive verify} lists it.
 */
public final class DocumentSection extends StoredRecordSection<Document> {

    public static final String KEY = "documents";

    private static final String SHA256 = "^[0-9a-f]{64}$";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.text("title", FieldSpec.SHORT_TEXT),
            FieldSpec.enumOf("kind", DocumentKind.class, false),
            FieldSpec.text("symbol", FieldSpec.SHORT_TEXT),
            FieldSpec.date("date", true),
            FieldSpec.listOf("languages", FieldSpec.text("language", 35)),
            FieldSpec.listOf("organizationIds", FieldSpec.id("organizationId")),
            FieldSpec.listOf("tags", FieldSpec.text("tag", FieldSpec.SHORT_TEXT)),
            FieldSpec.text("description", FieldSpec.LONG_TEXT),
            FieldSpec.listOf("meetingIds", FieldSpec.id("meetingId")),
            FieldSpec.listOf("decisionIds", FieldSpec.id("decisionId")),
            FieldSpec.optionalText("fileSha256", 64),
            FieldSpec.optionalText("fileName", FieldSpec.SHORT_TEXT),
            FieldSpec.optionalText("mediaType", 255),
            FieldSpec.integer("fileSize", true),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of("archive.field.title", "title",
            "archive.field.symbol", "symbol", "archive.field.languages", "languages", "archive.field.tags", "tags",
            "archive.field.organizations", "organizationIds");

    private final DocumentBundleStore store;
    private final ArchiveRules rules;

    public DocumentSection(DocumentBundleStore store, Messages messages) {
        super(KEY, FIELDS, Document::id, Document::updatedAt, messages);
        this.store = store;
        this.rules = new ArchiveRules(messages);
    }

    @Override
    public String label(Document d) {
        return d.title();
    }

    @Override
    public Object[] values(Document d) {
        StoredFile f = d.file();
        return new Object[] {d.id(), d.title(), d.kind(), d.symbol(), d.date(), d.languages(), d.organizationIds(),
                d.tags(), d.description(), d.meetingIds(), d.decisionIds(), f == null ? null : f.sha256(),
                f == null ? null : f.originalName(), f == null ? null : f.mediaType(), f == null ? null : f.size(),
                d.updatedAt()};
    }

    /** Lists come in the order the archive stores them, so a record reads back exactly as it came. */
    @Override
    public Document fromFields(RecordFields f) {
        List<String> languages = f.<String>list("languages").stream().distinct().sorted().toList();
        List<UUID> organizations = f.<UUID>list("organizationIds").stream().distinct().toList();
        Set<String> seenTags = new HashSet<>();
        List<String> tags = f.<String>list("tags").stream().filter(t -> seenTags.add(t.toLowerCase(Locale.ROOT))).toList();
        return new Document(f.uuid("id"), f.text("title"), f.enumValue("kind", DocumentKind.class), f.text("symbol"),
                f.date("date"), languages, organizations, tags, f.text("description"), byText(f.list("meetingIds")),
                byText(f.list("decisionIds")), file(f), null, "", f.instant("updatedAt"));
    }

    private static List<UUID> byText(List<UUID> ids) {
        return ids.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    private StoredFile file(RecordFields f) {
        String sha = f.text("fileSha256");
        if (sha == null) {
            if (f.text("fileName") != null || f.text("mediaType") != null || f.integer("fileSize") != null) {
                throw new IllegalArgumentException(messages.get("exchange.error.fileWithoutHash"));
            }
            return null;
        }
        if (!sha.matches(SHA256)) {
            throw new IllegalArgumentException("fileSha256: " + messages.get("exchange.error.fileHash"));
        }
        Long size = f.integer("fileSize");
        if (size == null || size < 0) {
            throw new IllegalArgumentException("fileSize: " + messages.get("exchange.error.fileSize"));
        }
        return new StoredFile(sha, f.text("fileName"), f.text("mediaType"), size);
    }

    /** The extraction state is this copy's own (it depends on the files here), so it never counts as a change. */
    @Override
    protected Document withoutStamp(Document d) {
        return d.withUpdatedAt(Instant.EPOCH).withExtraction(ExtractionStatus.NONE, "");
    }

    @Override
    public void forEachStored(Consumer<Document> sink) {
        store.forEachDocument(sink);
    }

    @Override
    public long countStored() {
        return store.count();
    }

    @Override
    public void validate(SectionCheck<Document> check) {
        for (Incoming<Document> in : check.incoming()) {
            Document d = in.record();
            RuleProblems.report(rules.check(d, id -> check.exists(OrganizationSection.KEY, id)), in.path(), messages,
                    LABELS, check);
            // Decision ids live inside meetings and are not checked; meeting ids are, once meetings exist.
            for (int i = 0; i < d.meetingIds().size(); i++) {
                checkReference(check, in.path() + ".meetingIds[" + i + "]", RotationTermSection.MEETINGS,
                        d.meetingIds().get(i));
            }
        }
    }

    /**
     * Saves each record with its full-text index row (same transaction). A record whose file is the
     * one already here keeps the extracted text and its state; a new or changed file is marked
     * PENDING and read by the archive's extraction of pending documents.
     */
    @Override
    public void saveAll(List<Document> records) {
        Set<UUID> stored = records.isEmpty() ? Set.of() : store.ids();
        List<Document> toSave = new ArrayList<>(records.size());
        List<String> bodies = new ArrayList<>(records.size());
        for (Document d : records) {
            Optional<Document> local = stored.contains(d.id()) ? store.find(d.id()) : Optional.empty();
            boolean sameFile = local.isPresent() && Objects.equals(local.get().file(), d.file());
            toSave.add(sameFile ? d.withExtraction(local.get().extraction(), local.get().extractionMessage())
                    : d.withExtraction(d.hasFile() ? ExtractionStatus.PENDING : ExtractionStatus.NONE, ""));
            bodies.add(sameFile ? null : "");
        }
        store.saveAll(toSave, bodies);
    }
}
