package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.i18n.Messages;

/** The preview's line per section reads as a sentence for one, none and many of each. */
class PreviewSummaryTest {

    private static ImportPreview preview() {
        ImportPreview p = new ImportPreview();
        p.section(OrganizationSection.KEY);
        p.add(OrganizationSection.KEY, ChangeKind.ADDED, null);
        p.add(OrganizationSection.KEY, ChangeKind.UNCHANGED, null);
        p.add(OrganizationSection.KEY, ChangeKind.UNCHANGED, null);
        p.add(OrganizationSection.KEY, ChangeKind.CONFLICT, new RecordChange(OrganizationSection.KEY, UUID.randomUUID(),
                "ILO", "$.organizations[0]", ChangeKind.CONFLICT, false, Instant.parse("2026-11-29T02:22:15Z"),
                Instant.parse("2026-11-29T02:22:13Z")));
        p.section(PersonSection.KEY);
        for (int i = 0; i < 3; i++) {
            p.add(PersonSection.KEY, ChangeKind.CONFLICT, new RecordChange(PersonSection.KEY, UUID.randomUUID(),
                    "Person " + i, "$.people[" + i + "]", ChangeKind.CONFLICT, true, Instant.parse("2026-11-29T02:22:13Z"),
                    Instant.parse("2026-11-29T02:22:15Z")));
        }
        p.add(PersonSection.KEY, ChangeKind.UPDATED, null);
        p.add(PersonSection.KEY, ChangeKind.UPDATED, null);
        return p;
    }

    @Test
    void english_says_one_conflict_and_three_conflicts() {
        assertThat(PreviewSummary.lines(preview(), Messages.forLocale(Locale.ENGLISH))).startsWith(
                "organizations: 1 added, 0 updated, 2 unchanged, 1 conflict",
                "people: 0 added, 2 updated, 0 unchanged, 3 conflicts");
    }

    @Test
    void spanish_says_one_addition_and_one_conflict_in_the_singular() {
        assertThat(PreviewSummary.lines(preview(), Messages.forLocale(Locale.forLanguageTag("es"))).subList(0, 2))
                .allSatisfy(line -> assertThat(line).doesNotContain(" 1 adiciones", " 1 conflictos"))
                .anySatisfy(line -> assertThat(line).contains("1 adición", "1 conflicto", "2 sin cambios"))
                .anySatisfy(line -> assertThat(line).contains("0 adiciones", "2 actualizaciones", "3 conflictos"));
    }

    @Test
    void the_window_writes_a_conflicts_times_its_own_way_and_the_command_line_as_iso_instants() {
        Messages m = Messages.forLocale(Locale.ENGLISH);
        ImportPreview preview = preview();
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .withZone(ZoneOffset.ofHours(1));

        assertThat(PreviewSummary.conflicts(preview, m, local::format).get(0))
                .contains("ILO", "changed here (" + local.format(Instant.parse("2026-11-29T02:22:15Z")) + ")")
                .contains("Nov 29, 2026", "3:22:15").doesNotContain("2026-11-29T02:22:15Z");
        assertThat(PreviewSummary.conflicts(preview, m).get(0)).contains("changed here (2026-11-29T02:22:15Z)");
        assertThat(PreviewSummary.lines(preview, m)).contains(PreviewSummary.conflicts(preview, m).get(0));
    }
}
