package org.untfsse.workbench.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.archive.LinkTarget;
import org.untfsse.workbench.service.archive.LinkTargets;
import org.untfsse.workbench.service.meeting.DecisionEntry;
import org.untfsse.workbench.service.meeting.MeetingService;

/** The meetings feature's meetings and decisions, offered to the archive as link targets. */
final class MeetingLinkTargets implements LinkTargets {

    private static final int DECISION_TEXT_START = 60;

    private final Supplier<MeetingService> meetings;
    private final Messages messages;

    /** {@code meetings} is asked on first use, so the archive alone does not start the meetings service. */
    MeetingLinkTargets(Supplier<MeetingService> meetings, Messages messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public List<LinkTarget> meetings() {
        return meetings.get().meetings().stream()
                .sorted(Comparator.comparing(Meeting::start).thenComparing(m -> m.number() == null ? 0 : m.number()).reversed())
                .map(this::target).toList();
    }

    @Override
    public List<LinkTarget> decisionsOf(UUID meetingId) {
        return meetings.get().decisions(meetingId).stream().map(this::target).toList();
    }

    @Override
    public Optional<LinkTarget> meeting(UUID id) {
        return meetings.get().meeting(id).map(this::target);
    }

    @Override
    public Optional<LinkTarget> decision(UUID id) {
        return meetings.get().decisionRegister().stream().map(DecisionEntry::decision)
                .filter(d -> d.id().equals(id)).findFirst().map(this::target);
    }

    @Override
    public Optional<LinkTarget> meetingNamed(String numberOrId) {
        return meetings.get().resolve(numberOrId).map(this::target);
    }

    @Override
    public Optional<LinkTarget> decisionNumbered(String number) {
        String wanted = number == null ? "" : number.strip();
        return meetings.get().decisionRegister().stream().map(DecisionEntry::decision)
                .filter(d -> d.number().equals(wanted)).findFirst().map(this::target);
    }

    private LinkTarget target(Meeting meeting) {
        return new LinkTarget(meeting.id(), meetings.get().names().reference(meeting));
    }

    private LinkTarget target(Decision decision) {
        String text = decision.text().strip().replaceAll("\\s+", " ");
        String start = text.length() <= DECISION_TEXT_START ? text : text.substring(0, DECISION_TEXT_START).strip() + "…";
        return new LinkTarget(decision.id(), messages.get("archive.link.decisionLabel", decision.number(), start));
    }
}
