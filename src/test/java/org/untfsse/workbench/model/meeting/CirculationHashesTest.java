package org.untfsse.workbench.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Old circulation records keep one hash; e-mail drafts with several files keep one per format, comma-separated. */
class CirculationHashesTest {

    private static final String PDF = "a".repeat(64);
    private static final String DOCX = "b".repeat(64);

    private static Circulation record(String format, String sha256) {
        return new Circulation(UUID.randomUUID(), UUID.randomUUID(), 1, LocalDate.parse("2026-11-28"),
                List.of("esim@ilo.example"), sha256, format, Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void an_old_record_has_one_format_and_one_hash() {
        Circulation old = record("PDF", PDF);

        assertThat(old.hashes()).containsExactly(PDF);
        assertThat(old.formats()).containsExactly("PDF");
        assertThat(old.hashOf("pdf")).contains(PDF);
        assertThat(old.hashOf("DOCX")).isEmpty();
        assertThat(old.recordsHash(PDF.toUpperCase())).isTrue();
        assertThat(old.recordsHash(DOCX)).isFalse();
    }

    @Test
    void a_record_of_several_files_has_a_hash_per_format_in_order() {
        Circulation several = record("PDF,DOCX", PDF + "," + DOCX);

        assertThat(several.hashes()).containsExactly(PDF, DOCX);
        assertThat(several.formats()).containsExactly("PDF", "DOCX");
        assertThat(several.hashOf("DOCX")).contains(DOCX);
        assertThat(several.recordsHash(DOCX)).isTrue();
        assertThat(several.recordsHash(PDF + "," + DOCX)).isFalse();
    }

    @Test
    void spaces_and_empty_values_are_tolerated() {
        assertThat(record("PDF, DOCX", PDF + ", " + DOCX + ",").hashes()).containsExactly(PDF, DOCX);
        assertThat(record("", "").hashes()).isEmpty();
        assertThat(record(null, null).hashOf("PDF")).isEmpty();
    }
}
