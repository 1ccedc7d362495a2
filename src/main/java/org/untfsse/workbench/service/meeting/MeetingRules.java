package org.untfsse.workbench.service.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.common.Problem;

/** The validation rules for a meeting's details; every problem is returned. */
public final class MeetingRules {

    private final Messages messages;

    public MeetingRules(Messages messages) {
        this.messages = messages;
    }

    /** {@code sameNumber} is the regular meeting that already has this number, if any. */
    public List<Problem> checkMeeting(Meeting m, Optional<Meeting> sameNumber) {
        List<Problem> problems = new ArrayList<>();
        if (m.kind() == MeetingKind.REGULAR) {
            if (m.number() == null || m.number() <= 0) {
                problems.add(new Problem(messages.get("meeting.field.number"), messages.get("meeting.error.numberRequired")));
            }
            sameNumber.filter(other -> !other.id().equals(m.id())).ifPresent(other -> problems.add(new Problem(
                    messages.get("meeting.field.number"),
                    messages.get("meeting.error.numberTaken", m.number(), other.start()))));
        } else if (m.title().isEmpty()) {
            problems.add(new Problem(messages.get("meeting.field.title"), messages.get("meeting.error.titleRequired")));
        }
        if (m.end().isBefore(m.start())) {
            problems.add(new Problem(messages.get("meeting.field.end"), messages.get("meeting.error.endBeforeStart",
                    m.start(), m.end())));
        }
        return problems;
    }

    /** Approved minutes are read-only: a problem to refuse any change to them. */
    public Problem readOnly(Meeting m, MeetingNames names) {
        return new Problem(names.title(m), messages.get("meeting.error.approvedReadOnly"));
    }
}
