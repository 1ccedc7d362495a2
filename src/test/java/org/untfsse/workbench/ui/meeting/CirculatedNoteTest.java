package org.untfsse.workbench.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.model.meeting.Circulation;

/** The editor's "Circulated as version …" note shortens every recorded hash, old (one) or new (one per file). */
class CirculatedNoteTest {

    private static Circulation record(String format, String sha256) {
        return new Circulation(UUID.randomUUID(), UUID.randomUUID(), 1, LocalDate.parse("2026-11-28"), List.of("x"),
                sha256, format, Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void one_hash_or_several_are_shortened_each() {
        String pdf = "0123456789ab" + "c".repeat(52);
        String docx = "fedcba987654" + "d".repeat(52);

        assertThat(MeetingEditorViewModel.shortHashes(record("PDF", pdf))).isEqualTo("0123456789ab");
        assertThat(MeetingEditorViewModel.shortHashes(record("PDF,DOCX", pdf + "," + docx)))
                .isEqualTo("0123456789ab…, fedcba987654");
    }
}
