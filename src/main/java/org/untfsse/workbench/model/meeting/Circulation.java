package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;

/**
 * A record that a version of a meeting's minutes was sent: when, to whom, in which format, and
 * the SHA-256 of exactly the bytes that were sent.
 *
 * <p>Records made by <em>Circulate…</em> (and every record before e-mail drafts) hold one format
 * and one hash; records of an e-mail draft with several attachments hold the formats and their
 * hashes comma-separated, in the same order ({@code PDF,DOCX} / {@code <pdf hash>,<docx hash>}).
 * Read them through {@link #hashes()}, {@link #formats()} and {@link #hashOf(String)}, never by
 * taking {@code sha256} apart by hand.
 */
public record Circulation(
        UUID id,
        UUID meetingId,
        int version,
        LocalDate date,
        List<String> recipients,
        String sha256,
        String format,
        Instant updatedAt) {

    public Circulation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Every recorded SHA-256, in the order of {@link #formats()}: one for old records, one per file for new ones. */
    public List<String> hashes() {
        return split(sha256);
    }

    /** The circulated formats (e.g. {@code PDF}, {@code DOCX}), in the order of {@link #hashes()}. */
    public List<String> formats() {
        return split(format);
    }

    /** The hash of the file circulated in {@code fileFormat} (case-insensitive), if one was. */
    public Optional<String> hashOf(String fileFormat) {
        List<String> formats = formats();
        List<String> hashes = hashes();
        for (int i = 0; i < formats.size() && i < hashes.size(); i++) {
            if (formats.get(i).equalsIgnoreCase(fileFormat)) {
                return Optional.of(hashes.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when a file with this SHA-256 is one of those circulated (whatever the record's form). */
    public boolean recordsHash(String fileSha256) {
        return fileSha256 != null && hashes().stream().anyMatch(h -> h.equalsIgnoreCase(fileSha256.strip()));
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
