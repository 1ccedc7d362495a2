package org.untfsse.workbench.model.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One record of the archive: a document's metadata and, optionally, its file. Links to meetings
 * and decisions are plain ids (the meetings feature owns those records).
 */
public record Document(
        UUID id,
        String title,
        DocumentKind kind,
        String symbol,
        LocalDate date,
        List<String> languages,
        List<UUID> organizationIds,
        List<String> tags,
        String description,
        List<UUID> meetingIds,
        List<UUID> decisionIds,
        StoredFile file,
        ExtractionStatus extraction,
        String extractionMessage,
        Instant updatedAt) {

    public Document {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title.strip();
        kind = kind == null ? DocumentKind.OTHER : kind;
        symbol = symbol == null ? "" : symbol.strip();
        languages = List.copyOf(languages == null ? List.of() : languages);
        organizationIds = List.copyOf(organizationIds == null ? List.of() : organizationIds);
        tags = List.copyOf(tags == null ? List.of() : tags);
        description = description == null ? "" : description;
        meetingIds = List.copyOf(meetingIds == null ? List.of() : meetingIds);
        decisionIds = List.copyOf(decisionIds == null ? List.of() : decisionIds);
        extraction = extraction == null ? (file == null ? ExtractionStatus.NONE : ExtractionStatus.PENDING) : extraction;
        extractionMessage = extractionMessage == null ? "" : extractionMessage;
    }

    /** A new record with only a title and kind; everything else empty. */
    public static Document draft(String title, DocumentKind kind) {
        return new Document(UUID.randomUUID(), title, kind, "", null, List.of(), List.of(), List.of(), "",
                List.of(), List.of(), null, ExtractionStatus.NONE, "", null);
    }

    public boolean hasFile() {
        return file != null;
    }

    public Document withUpdatedAt(Instant instant) {
        return new Document(id, title, kind, symbol, date, languages, organizationIds, tags, description, meetingIds,
                decisionIds, file, extraction, extractionMessage, instant);
    }

    public Document withFile(StoredFile newFile, ExtractionStatus status) {
        return new Document(id, title, kind, symbol, date, languages, organizationIds, tags, description, meetingIds,
                decisionIds, newFile, status, "", updatedAt);
    }

    public Document withExtraction(ExtractionStatus status, String message) {
        return new Document(id, title, kind, symbol, date, languages, organizationIds, tags, description, meetingIds,
                decisionIds, file, status, message, updatedAt);
    }

    /** The same record linked to these meetings and decisions instead. */
    public Document withLinks(List<UUID> newMeetingIds, List<UUID> newDecisionIds) {
        return new Document(id, title, kind, symbol, date, languages, organizationIds, tags, description, newMeetingIds,
                newDecisionIds, file, extraction, extractionMessage, updatedAt);
    }

    /** The same record with the editable metadata of {@code edited}; file and extraction state stay. */
    public Document withMetadataOf(Document edited) {
        return new Document(id, edited.title, edited.kind, edited.symbol, edited.date, edited.languages,
                edited.organizationIds, edited.tags, edited.description, edited.meetingIds, edited.decisionIds, file,
                extraction, extractionMessage, updatedAt);
    }
}
