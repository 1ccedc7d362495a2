package org.untfsse.workbench.service.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The exported handover calendar, read back with biweekly, a real iCalendar parser. */
class HandoverCalendarTest {

    @TempDir
    Path dir;
    private AppContext context;
    private RotationHistory h;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        h = RotationHistory.enter(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ICalendar export() throws Exception {
        Path file = dir.resolve("handovers.ics");
        new HandoverCalendar(context.messages(), context.rotation()).export(file, TestWorkbench.NOW);
        List<ICalendar> calendars = Biweekly.parse(file.toFile()).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0);
    }

    @Test
    void every_term_start_and_end_is_an_all_day_event() throws Exception {
        ICalendar calendar = export();
        // 7 terms, 4 of them ended: 11 handovers.
        assertThat(calendar.getEvents()).hasSize(11);
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//UNTFSSE//Secretariat Workbench//EN");
        VEvent first = calendar.getEvents().stream().filter(e -> e.getSummary().getValue()
                .equals("UNCTAD takes over as Deputy Chair")).findFirst().orElseThrow();
        assertThat(first.getDateStart().getValue().hasTime()).isFalse();
        assertThat(first.getDateStart().getValue().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.parse("2022-07-19"));
        assertThat(first.getDateTimeStamp().getValue().toInstant()).isEqualTo(TestWorkbench.NOW);
        assertThat(first.getDescription().getValue()).startsWith("Held by Chantal Line Carpentier\nDeputy Chair from 19 Jul 2022;");
    }

    @Test
    void uids_come_from_term_ids_so_a_second_export_updates_the_same_events() throws Exception {
        List<String> first = export().getEvents().stream().map(e -> e.getUid().getValue()).sorted().toList();
        List<String> second = export().getEvents().stream().map(e -> e.getUid().getValue()).sorted().toList();
        assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
        RotationTerm someTerm = context.rotation().terms().get(0);
        assertThat(first).contains(someTerm.id() + "-start@secretariat-workbench.untfsse.org");
    }

    @Test
    void text_is_escaped_and_long_lines_folded_with_crlf_line_ends() throws Exception {
        context.rotation().saveTerm(new RotationTerm(UUID.randomUUID(), h.deputyChair.id(), h.undp.id(), null,
                "Ana María Núñez; Jr., \\ co-lead", LocalDate.parse("2027-01-01"), null, null,
                "Line one, with; specials\nLine two with a very long text that goes past seventy-five octets for sure é€𝄞", null));
        Path file = dir.resolve("handovers.ics");
        new HandoverCalendar(context.messages(), context.rotation()).export(file, TestWorkbench.NOW);
        byte[] bytes = Files.readAllBytes(file);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        VEvent event = Biweekly.parse(raw).first().getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("UNDP")).findFirst().orElseThrow();
        assertThat(event.getDescription().getValue()).isEqualTo("Held by Ana María Núñez; Jr., \\ co-lead\n"
                + "Line one, with; specials\nLine two with a very long text that goes past seventy-five octets for sure é€𝄞");
    }

    @Test
    void the_file_is_replaced_atomically_and_no_temporary_file_is_left() throws Exception {
        Path file = dir.resolve("handovers.ics");
        Files.writeString(file, "old");
        new HandoverCalendar(context.messages(), context.rotation()).export(file, TestWorkbench.NOW);
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(Office.CHAIR).isEqualTo("CHAIR");
        assertThat(ZoneOffset.UTC).isNotNull();
    }
}
