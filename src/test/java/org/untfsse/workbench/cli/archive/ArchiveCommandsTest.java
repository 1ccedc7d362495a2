package org.untfsse.workbench.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.testsupport.TestWorkbench;

class ArchiveCommandsTest {

    @TempDir
    Path dir;

    private AppContext context;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void add_then_search_as_json_then_verify() throws Exception {
        Path file = Files.writeString(dir.resolve("resolution.txt"), "Promoting the social and solidarity economy for sustainable development");

        assertThat(run("archive", "add", file.toString(), "--title", "Promoting the SSE", "--kind", "resolution",
                "--symbol", "A/RES/77/281", "--date", "2023-04-18", "--lang", "en", "--tag", "UNGA")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Added: Promoting the SSE").contains("1 document added");
        assertThat(run("archive", "add", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Already in the archive").contains("\"Promoting the SSE\"");

        assertThat(run("archive", "search", "solidarity", "--json")).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("results").get(0).get("symbol").asText()).isEqualTo("A/RES/77/281");
        assertThat(json.get("results").get(0).get("snippet").asText()).contains("**solidarity**");

        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("every file matches its hash");
    }

    @Test
    void a_malformed_query_is_invalid_input_with_a_plain_message() {
        assertThat(run("archive", "search", "\"decent work")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("no closing partner").doesNotContain("SQL");
    }

    @Test
    void verify_exits_1_and_names_an_altered_file() throws Exception {
        Path file = Files.writeString(dir.resolve("brief.txt"), "Policy brief");
        run("archive", "add", file.toString());
        var d = context.archive().search("brief", org.untfsse.workbench.model.archive.DocumentFilter.NONE,
                org.untfsse.workbench.model.archive.SearchSort.RELEVANCE, 0, 1).get(0);
        Path stored = context.archive().fileOf(context.archive().document(d.id()).orElseThrow()).orElseThrow();
        stored.toFile().setWritable(true);
        Files.writeString(stored, "Policy brief, edited");

        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("ALTERED  brief.txt");
    }

    @Test
    void the_benchmark_commands_are_hidden_from_help() {
        assertThat(run("archive", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("add", "search", "verify").doesNotContain("benchmark", "generate-synthetic");
    }

    @Test
    void add_with_meeting_and_decision_numbers_links_the_document_and_an_unknown_number_is_invalid_input() throws Exception {
        var meetings = context.meetings();
        var m47 = meetings.createMeeting(org.untfsse.workbench.model.meeting.Meeting.draft(47, "",
                org.untfsse.workbench.model.meeting.MeetingKind.REGULAR, java.time.LocalDate.parse("2024-03-14"), "", true));
        var decision = meetings.addDecision(m47.id(), null, "The task force welcomes WHO and UNHCR as members.",
                org.untfsse.workbench.model.meeting.DecisionOutcome.ADOPTED_BY_CONSENSUS);
        Path file = Files.writeString(dir.resolve("accession.txt"), "Accession note of WHO");

        assertThat(run("archive", "add", file.toString(), "--meeting", "47", "--decision", decision.number()))
                .isEqualTo(ExitCodes.OK);
        var hit = context.archive().search("accession", org.untfsse.workbench.model.archive.DocumentFilter.NONE,
                org.untfsse.workbench.model.archive.SearchSort.RELEVANCE, 0, 1).get(0);
        var document = context.archive().document(hit.id()).orElseThrow();
        assertThat(document.meetingIds()).containsExactly(m47.id());
        assertThat(document.decisionIds()).containsExactly(decision.id());

        Path other = Files.writeString(dir.resolve("other.txt"), "Another note");
        assertThat(run("archive", "add", other.toString(), "--meeting", "99")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("There is no meeting \"99\"");
        assertThat(run("archive", "add", other.toString(), "--decision", "2024/99/1")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("There is no decision numbered \"2024/99/1\"");
        assertThat(context.archive().documentCount()).isEqualTo(1);
    }
}
