package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The meetings section's references and rules on import, and the decision numbers it brings. */
class MeetingBundleRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path exported;
    private MeetingBundleFixtures made;

    @BeforeEach
    void exportMeetings() throws Exception {
        exported = temp.resolve("meetings.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            made = new MeetingBundleFixtures(a);
            a.exchange().export(exported, null, false, Progress.NONE);
        }
    }

    /** The exported bundle with one meeting changed; returns the JSON path of that meeting. */
    private String edit(UUID meetingId, Consumer<ObjectNode> change, Path out) throws Exception {
        JsonNode bundle = JSON.readTree(exported.toFile());
        ArrayNode meetings = (ArrayNode) bundle.get("meetings");
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i).get("id").asText().equals(meetingId.toString())) {
                change.accept((ObjectNode) meetings.get(i));
                JSON.writeValue(out.toFile(), bundle);
                return "$.meetings[" + i + "]";
            }
        }
        throw new AssertionError("meeting not exported");
    }

    private void assertRefusedAt(Path bundle, String path, String messagePart) throws Exception {
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            assertThat(b.exchange().isEmpty()).isTrue();
            String before = BundleFixtures.tablesChecksum(b.folder().database());
            ValidationException refused = catchThrowableOfType(ValidationException.class,
                    () -> b.exchange().importBundle(bundle, null, Progress.NONE));
            assertThat(refused).isNotNull();
            assertThat(refused.problems()).anySatisfy(p -> {
                assertThat(p.where()).isEqualTo(path);
                assertThat(p.message()).contains(messagePart);
            });
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).as("nothing written").isEqualTo(before);
            assertThat(b.meetings().meetings()).isEmpty();
        }
    }

    @Test
    void a_dangling_organization_in_attendance_is_refused_at_its_json_path_and_nothing_is_written() throws Exception {
        Path bad = temp.resolve("dangling.json");
        String stranger = UUID.randomUUID().toString();
        String at = edit(made.m47.id(), m -> ((ObjectNode) m.get("attendance").get(1)).put("organizationId", stranger), bad);
        assertRefusedAt(bad, at + ".attendance[1].organizationId", stranger);
    }

    @Test
    void a_dangling_organization_in_a_reservation_is_refused_at_its_json_path() throws Exception {
        Path bad = temp.resolve("reservation.json");
        String stranger = UUID.randomUUID().toString();
        String at = edit(made.m47.id(), m -> ((ObjectNode) m.get("decisions").get(1).get("reservations").get(0))
                .put("organizationId", stranger), bad);
        assertRefusedAt(bad, at + ".decisions[1].reservations[0].organizationId", stranger);
    }

    @Test
    void a_duplicate_decision_number_is_refused_at_its_json_path_and_nothing_is_written() throws Exception {
        Path bad = temp.resolve("duplicate.json");
        String at = edit(made.m47.id(), m -> ((ObjectNode) m.get("decisions").get(1)).put("number", "2024/47/1"), bad);
        assertRefusedAt(bad, at + ".decisions[1].number", "2024/47/1");
    }

    @Test
    void a_decision_without_a_number_is_refused() throws Exception {
        Path bad = temp.resolve("blank.json");
        String at = edit(made.m47.id(), m -> ((ObjectNode) m.get("decisions").get(0)).put("number", " "), bad);
        assertRefusedAt(bad, at + ".decisions[0].number", "required");
    }

    @Test
    void an_action_closed_at_a_meeting_that_exists_nowhere_is_refused() throws Exception {
        Path bad = temp.resolve("closed.json");
        String nowhere = UUID.randomUUID().toString();
        String at = edit(made.m46.id(), m -> {
            ArrayNode actions = (ArrayNode) m.get("actionItems");
            for (JsonNode a : actions) {
                ((ObjectNode) a).put("closedAtMeetingId", nowhere).put("status", "DONE");
            }
        }, bad);
        assertRefusedAt(bad, at + ".actionItems[0].closedAtMeetingId", nowhere);
    }

    @Test
    void the_meetings_view_rules_apply_a_regular_meeting_needs_its_number() throws Exception {
        Path bad = temp.resolve("number.json");
        String at = edit(made.m47.id(), m -> m.putNull("number"), bad);
        assertRefusedAt(bad, at + ".number", "");
    }

    @Test
    void after_importing_decision_2024_47_3_the_next_new_decision_of_that_meeting_gets_4() throws Exception {
        Path bundle = temp.resolve("three.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            Decision third = a.meetings().addDecision(made.m47.id(), null, "Third", DecisionOutcome.DEFERRED);
            assertThat(third.number()).isEqualTo("2024/47/3");
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(bundle, null, Progress.NONE);
            Decision next = b.meetings().addDecision(made.m47.id(), null, "Made on laptop B",
                    DecisionOutcome.ADOPTED_BY_CONSENSUS);
            assertThat(next.number()).isEqualTo("2024/47/4");
        }
    }

    @Test
    void a_decision_number_received_in_a_losing_copy_is_not_given_again_either() throws Exception {
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(exported, null, Progress.NONE);
        }
        Path older = temp.resolve("older.json");
        edit(made.m47.id(), m -> {
            ObjectNode extra = ((ObjectNode) m.get("decisions").get(0)).deepCopy();
            extra.put("id", UUID.randomUUID().toString()).put("number", "2024/47/9");
            ((ArrayNode) m.get("decisions")).add(extra);
            m.put("updatedAt", "2020-01-01T00:00:00Z");
        }, older);
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            ImportPreview preview = b.exchange().importBundle(older, null, Progress.NONE);
            assertThat(preview.count(MeetingSection.KEY, ChangeKind.UPDATED)).isZero();
            assertThat(b.meetings().addDecision(made.m47.id(), null, "Next", DecisionOutcome.DEFERRED).number())
                    .isEqualTo("2024/47/10");
        }
    }
}
