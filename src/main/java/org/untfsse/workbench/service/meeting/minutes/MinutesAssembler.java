package org.untfsse.workbench.service.meeting.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.meeting.AttendanceGrid;
import org.untfsse.workbench.service.meeting.AttendanceRow;
import org.untfsse.workbench.service.meeting.MeetingNames;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.roster.RosterService;

/** Gathers one meeting's minutes into a {@link MinutesDocument}, with every label in the given language. */
public final class MinutesAssembler {

    private final MeetingService meetings;
    private final RosterService roster;

    public MinutesAssembler(MeetingService meetings, RosterService roster) {
        this.meetings = meetings;
        this.roster = roster;
    }

    public MinutesDocument assemble(Meeting m, Messages messages, MinutesOptions options) {
        MeetingNames names = new MeetingNames(messages);
        Map<UUID, String> acronyms = new HashMap<>();
        roster.allOrganizations().forEach(o -> acronyms.put(o.id(), o.acronym()));
        Map<UUID, String> people = new HashMap<>();
        roster.allPeople().forEach(p -> people.put(p.id(), p.name()));
        Map<UUID, Meeting> meetingsById = new HashMap<>();
        meetings.meetings().forEach(x -> meetingsById.put(x.id(), x));

        AttendanceGrid grid = meetings.attendanceGrid(m.id());
        List<AgendaItem> agenda = meetings.agenda(m.id());
        Map<UUID, String> itemTitles = new HashMap<>();
        agenda.forEach(a -> itemTitles.put(a.id(), a.position() + ". " + a.title()));

        List<MinutesDocument.ActionLine> followUp = meetings.followUpActions(m.id()).stream()
                .map(a -> action(a, acronyms, people, meetingsById, names, messages)).toList();
        List<MinutesDocument.Item> items = new ArrayList<>();
        for (AgendaItem a : agenda) {
            items.add(new MinutesDocument.Item(a.position(), a.title(), a.presenter(), a.minutesText(),
                    a.followUp() ? followUp : List.of()));
        }
        List<MinutesDocument.DecisionLine> decisions = new ArrayList<>();
        for (Decision d : meetings.decisions(m.id())) {
            List<String> reservations = new ArrayList<>();
            for (Reservation r : meetings.reservations(d.id())) {
                reservations.add(acronyms.getOrDefault(r.organizationId(), "?") + ": " + r.text());
            }
            decisions.add(new MinutesDocument.DecisionLine(d.number(), itemTitles.getOrDefault(d.agendaItemId(), ""),
                    d.text(), messages.get("meeting.outcome." + d.outcome().name()), reservations));
        }
        List<MinutesDocument.ActionLine> actions = meetings.actionsRaisedAt(m.id()).stream()
                .map(a -> action(a, acronyms, people, meetingsById, names, messages)).toList();
        String summary = messages.get("meeting.attendance.counts", grid.membersRepresented(), grid.members().size(),
                grid.observersRepresented(), grid.observers().size());
        String chair = meetings.chair(m);
        return new MinutesDocument(messages.get("meeting.taskForce"), names.title(m), names.kind(m), m.number(),
                m.start(), m.end(), m.virtual() ? joinPlace(messages, m.place()) : m.place(),
                chair.isEmpty() ? messages.get("common.none") : chair, m.minutesVersion(),
                messages.get("meeting.minutesStatus." + m.minutesStatus().name()),
                statusLine(m, messages, names, meetingsById, options), lines(grid.members(), messages, options),
                lines(grid.observers(), messages, options), summary, items, decisions, actions);
    }

    public static DateTimeFormatter dateFormat(Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("meeting.dateFormat"), messages.locale());
    }

    private String statusLine(Meeting m, Messages messages, MeetingNames names, Map<UUID, Meeting> byId,
                              MinutesOptions options) {
        DateTimeFormatter f = dateFormat(messages);
        if (m.minutesStatus() == MinutesStatus.APPROVED) {
            Meeting at = byId.get(m.approvedAtMeetingId());
            String where = at == null ? "" : names.title(at) + ", " + f.format(at.start());
            return messages.get("minutes.statusLine.approved", m.minutesVersion(), where);
        }
        LocalDate by = options.commentsBy() != null ? options.commentsBy() : meetings.today().plusWeeks(2);
        return messages.get("minutes.statusLine.draft", m.minutesVersion(), f.format(by));
    }

    private static String joinPlace(Messages messages, String place) {
        String virtual = messages.get("meeting.virtual");
        return place.isEmpty() ? virtual : place + " (" + virtual + ")";
    }

    private static List<MinutesDocument.AttendanceLine> lines(List<AttendanceRow> rows, Messages messages,
                                                              MinutesOptions options) {
        List<MinutesDocument.AttendanceLine> out = new ArrayList<>();
        for (AttendanceRow row : rows) {
            Organization o = row.organization();
            Person p = row.attendee();
            String status = row.status() == null ? messages.get("meeting.attendance.notRecorded")
                    : messages.get("meeting.attendance." + row.status().name());
            String person = p == null ? "" : p.name();
            String contact = "";
            if (options.includeContacts() && p != null) {
                contact = String.join(", ", java.util.stream.Stream.of(p.email(), p.phone())
                        .filter(s -> !s.isEmpty()).toList());
            }
            out.add(new MinutesDocument.AttendanceLine(o.acronym(), o.name(), status, person, contact));
        }
        return out;
    }

    private static MinutesDocument.ActionLine action(ActionItem a, Map<UUID, String> acronyms, Map<UUID, String> people,
                                                     Map<UUID, Meeting> meetingsById, MeetingNames names,
                                                     Messages messages) {
        String owner = acronyms.getOrDefault(a.ownerOrganizationId(), "");
        String person = people.getOrDefault(a.ownerPersonId(), "");
        if (!person.isEmpty()) {
            owner = owner.isEmpty() ? person : owner + " (" + person + ")";
        }
        Meeting raised = meetingsById.get(a.raisedAtMeetingId());
        return new MinutesDocument.ActionLine(a.text(), owner, a.due() == null ? "" : dateFormat(messages).format(a.due()),
                messages.get("meeting.actionStatus." + a.status().name()), raised == null ? "" : names.title(raised));
    }
}
