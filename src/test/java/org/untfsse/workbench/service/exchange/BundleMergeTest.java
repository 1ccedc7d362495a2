package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Two laptops start from the same bundle, work offline, and merge. */
class BundleMergeTest {

    @TempDir
    Path temp;

    private AppContext laptop(String name, String instant) {
        return new AppContext(new DataFolder(temp.resolve(name)), TestWorkbench.english(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** Laptop A loads the sample data at 09:00 and exports it: the bundle both laptops start from. */
    private Path sampleExportedByLaptopA() throws Exception {
        Path start = temp.resolve("start.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            a.exchange().loadSampleData(Progress.NONE);
            a.exchange().export(start, null, false, Progress.NONE);
        }
        return start;
    }

    private Organization ilo(AppContext c) {
        return c.roster().organizationByAcronym("ILO").orElseThrow();
    }

    private Organization renamed(Organization o, String notes) {
        return new Organization(o.id(), o.acronym(), o.name(), o.kind(), o.website(), notes, o.updatedAt());
    }

    @Test
    void importing_the_same_bundle_twice_changes_nothing_the_second_time() throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            BundleFixtures.generate(a, 40, 3);
            BundleFixtures.generateRotationAndDocuments(a, 30, 3);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            ImportPreview first = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(first.total(ChangeKind.ADDED)).isEqualTo(40 + 120 + 240 + 1 + 48 + 30);
            assertThat(first.count(OfficeSection.KEY, ChangeKind.UNCHANGED)).as("the built-in offices").isEqualTo(3);
            String after = BundleFixtures.tablesChecksum(b.folder().database());
            ImportPreview second = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(second.changesNothing()).isTrue();
            assertThat(second.total(ChangeKind.UNCHANGED)).isEqualTo(400 + 4 + 48 + 30);
            assertThat(second.count(RotationTermSection.KEY, ChangeKind.UNCHANGED)).isEqualTo(48);
            assertThat(second.count(DocumentSection.KEY, ChangeKind.UNCHANGED)).isEqualTo(30);
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(after);
        }
    }

    @Test
    void importing_meetings_with_all_their_parts_twice_changes_nothing_the_second_time() throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            new MeetingBundleFixtures(a);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            ImportPreview first = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(first.count(MeetingSection.KEY, ChangeKind.ADDED)).isEqualTo(3);
            String after = BundleFixtures.tablesChecksum(b.folder().database());
            ImportPreview second = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(second.changesNothing()).isTrue();
            assertThat(second.count(MeetingSection.KEY, ChangeKind.UNCHANGED)).isEqualTo(3);
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(after);
        }
    }

    @Test
    void a_change_to_one_part_of_a_meeting_on_one_side_travels_as_an_update_of_the_meeting() throws Exception {
        Path start = temp.resolve("start.json");
        Path fromB = temp.resolve("b.json");
        MeetingBundleFixtures made;
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            made = new MeetingBundleFixtures(a);
            a.exchange().export(start, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.meetings().updateDecision(made.withReservation.withContent(made.withReservation.agendaItemId(),
                    "WFTO joins as an observer (text corrected on laptop B).", made.withReservation.outcome()));
            assertThat(b.meetings().meeting(made.m47.id()).orElseThrow().updatedAt())
                    .as("a decision changed, so its meeting did").isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            ImportPreview preview = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(preview.conflicts()).isEmpty();
            assertThat(preview.count(MeetingSection.KEY, ChangeKind.UPDATED)).isEqualTo(1);
            assertThat(a.meetings().decisions(made.m47.id())).extracting(d -> d.text())
                    .contains("WFTO joins as an observer (text corrected on laptop B).");
        }
    }

    @Test
    void two_diverged_copies_of_a_meeting_merge_whole_with_the_conflict_listed_and_the_newer_kept() throws Exception {
        Path start = temp.resolve("start.json");
        Path fromB = temp.resolve("b.json");
        MeetingBundleFixtures made;
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            made = new MeetingBundleFixtures(a);
            a.exchange().export(start, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.meetings().setAttendance(made.m47.id(), made.roster.wfto.id(), AttendanceStatus.PRESENT, null);
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T09:30:00Z")) {
            a.meetings().addAgendaItem(made.m47.id(), "Added on laptop A");
        }
        try (AppContext a = laptop("a", "2026-11-28T12:00:00Z")) {
            ImportPreview dry = a.exchange().preview(fromB, null);
            assertThat(dry.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.section()).isEqualTo(MeetingSection.KEY);
                assertThat(c.id()).isEqualTo(made.m47.id());
                assertThat(c.keptIncoming()).isTrue();
                assertThat(c.path()).startsWith("$.meetings[");
            });
            ImportPreview done = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(done.conflicts()).hasSize(1);
            assertThat(a.meetings().agenda(made.m47.id())).extracting(AgendaItem::title)
                    .as("the meeting is merged whole: the older copy's agenda item goes with it")
                    .doesNotContain("Added on laptop A");
            assertThat(a.meetings().attendanceGrid(made.m47.id()).observers()).anySatisfy(row -> {
                assertThat(row.organization().acronym()).isEqualTo("WFTO");
                assertThat(row.status()).isEqualTo(AttendanceStatus.PRESENT);
            });
            assertThat(a.exchange().importBundle(fromB, null, Progress.NONE).changesNothing()).isTrue();
        }
    }

    @Test
    void a_record_received_and_left_alone_here_takes_the_other_sides_later_edit_as_an_update() throws Exception {
        Path start = sampleExportedByLaptopA();
        Path fromA = temp.resolve("a.json");
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE); // B never exports: only the records' bases tell
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            a.roster().updateOrganization(renamed(ilo(a), "Edited on laptop A"));
            a.exchange().export(fromA, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T12:00:00Z")) {
            ImportPreview preview = b.exchange().importBundle(fromA, null, Progress.NONE);
            assertThat(preview.conflicts()).isEmpty();
            assertThat(preview.count(OrganizationSection.KEY, ChangeKind.UPDATED)).isEqualTo(1);
            assertThat(ilo(b).notes()).isEqualTo("Edited on laptop A");
        }
    }

    @Test
    void a_record_edited_here_after_an_import_keeps_its_base_so_the_unchanged_copy_coming_back_is_no_conflict()
            throws Exception {
        Path start = sampleExportedByLaptopA();
        Path again = temp.resolve("again.json");
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.roster().updateOrganization(renamed(ilo(b), "Edited on laptop B"));
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            a.exchange().export(again, null, false, Progress.NONE); // ILO as it was at 09:00
        }
        try (AppContext b = laptop("b", "2026-11-28T12:00:00Z")) {
            ImportPreview preview = b.exchange().importBundle(again, null, Progress.NONE);
            assertThat(preview.conflicts()).as("only this copy changed since the base it came with").isEmpty();
            assertThat(ilo(b).notes()).isEqualTo("Edited on laptop B");
        }
    }

    @Test
    void a_change_made_on_one_side_only_is_an_update_not_a_conflict() throws Exception {
        Path start = sampleExportedByLaptopA();
        Path fromB = temp.resolve("b.json");
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.roster().updateOrganization(renamed(ilo(b), "Edited on laptop B"));
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            ImportPreview preview = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(preview.conflicts()).isEmpty();
            assertThat(preview.count(OrganizationSection.KEY, ChangeKind.UPDATED)).isEqualTo(1);
            assertThat(ilo(a).notes()).isEqualTo("Edited on laptop B");
        }
    }

    @Test
    void both_sides_changing_a_record_is_a_conflict_listed_with_the_newer_kept() throws Exception {
        Path start = sampleExportedByLaptopA();
        Path fromB = temp.resolve("b.json");
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.roster().updateOrganization(renamed(ilo(b), "B's notes (10:00)"));
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T09:30:00Z")) {
            a.roster().updateOrganization(renamed(ilo(a), "A's notes (09:30)"));
        }
        try (AppContext a = laptop("a", "2026-11-28T12:00:00Z")) {
            ImportPreview dry = a.exchange().preview(fromB, null);
            assertThat(dry.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.label()).isEqualTo("ILO");
                assertThat(c.keptIncoming()).isTrue();
                assertThat(c.path()).startsWith("$.organizations[");
            });
            assertThat(ilo(a).notes()).as("a preview writes nothing").isEqualTo("A's notes (09:30)");
            ImportPreview done = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(done.conflicts()).hasSize(1);
            assertThat(ilo(a).notes()).isEqualTo("B's notes (10:00)");
            assertThat(a.exchange().importBundle(fromB, null, Progress.NONE).changesNothing()).isTrue();
        }
    }

    @Test
    void a_conflict_where_this_copy_is_newer_keeps_this_copy() throws Exception {
        Path start = sampleExportedByLaptopA();
        Path fromB = temp.resolve("b.json");
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.roster().updateOrganization(renamed(ilo(b), "B's notes (10:00)"));
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            a.roster().updateOrganization(renamed(ilo(a), "A's notes (11:00)"));
            ImportPreview done = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(done.conflicts()).singleElement().satisfies(c -> assertThat(c.keptIncoming()).isFalse());
            assertThat(ilo(a).notes()).isEqualTo("A's notes (11:00)");
        }
    }

    @Test
    void a_bundle_without_personal_fields_never_erases_the_contact_details_kept_here() throws Exception {
        Path full = temp.resolve("full.json");
        Path publicCopy = temp.resolve("public.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            BundleFixtures.generate(a, 3, 9);
            a.exchange().export(full, null, false, Progress.NONE);
            a.exchange().export(publicCopy, null, true, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(full, null, Progress.NONE);
            String before = BundleFixtures.tablesChecksum(b.folder().database());
            assertThat(b.exchange().importBundle(publicCopy, null, Progress.NONE).changesNothing()).isTrue();
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(before);
            assertThat(b.roster().allPeople()).allSatisfy(p -> assertThat(p.email()).isNotEmpty());
        }
    }
}
