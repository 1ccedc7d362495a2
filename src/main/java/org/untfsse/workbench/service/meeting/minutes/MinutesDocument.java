package org.untfsse.workbench.service.meeting.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one meeting's minutes show, already resolved to text (acronyms, names, labels), so
 * each output format only lays it out. Built by {@link MinutesAssembler}.
 */
public record MinutesDocument(
        String taskForce,
        String meetingTitle,
        String kind,
        Integer number,
        LocalDate start,
        LocalDate end,
        String place,
        String chair,
        int version,
        String status,
        String statusLine,
        List<AttendanceLine> members,
        List<AttendanceLine> observers,
        String attendanceSummary,
        List<Item> agenda,
        List<DecisionLine> decisions,
        List<ActionLine> actions) {

    /** One organization's attendance; {@code person} and {@code contact} are empty when left out. */
    public record AttendanceLine(String acronym, String organization, String status, String person, String contact) {
    }

    /** An agenda item with its minutes (Markdown subset) and, for the follow-up item, the carried actions. */
    public record Item(int position, String title, String presenter, String minutes, List<ActionLine> followUp) {
    }

    public record DecisionLine(String number, String item, String text, String outcome, List<String> reservations) {
    }

    public record ActionLine(String text, String owner, String due, String status, String raisedAt) {
    }
}
