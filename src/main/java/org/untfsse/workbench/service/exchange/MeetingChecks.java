package org.untfsse.workbench.service.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Attendance;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingRecord;
import org.untfsse.workbench.model.meeting.MinutesVersion;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.service.meeting.MeetingNames;
import org.untfsse.workbench.service.meeting.MeetingRules;

/**
 * The rules an imported meeting must keep, on the merged result: the Meetings view's rules for the
 * meeting itself; references to organizations, people and meetings that exist; decision numbers and
 * part ids used once; one attendance line per organization and one minutes version per number.
 */
final class MeetingChecks {

    private static final Map<String, String> LABELS = Map.of(
            "meeting.field.number", "number", "meeting.field.title", "title", "meeting.field.end", "end");

    private final Messages messages;
    private final MeetingRules rules;
    private final MeetingNames names;

    MeetingChecks(Messages messages) {
        this.messages = messages;
        this.rules = new MeetingRules(messages);
        this.names = new MeetingNames(messages);
    }

    /** What the merged meetings use, to find what an incoming meeting would use a second time. */
    private record Used(Map<Integer, List<Meeting>> regularNumbers, Map<String, List<Meeting>> decisionNumbers,
                        Map<UUID, List<UUID>> partOwners) {
    }

    void validate(SectionCheck<MeetingRecord> check) {
        Map<UUID, MeetingRecord> merged = check.merged(MeetingSection.KEY);
        Used used = used(merged.values());
        for (Incoming<MeetingRecord> in : check.incoming()) {
            MeetingRecord r = in.record();
            String path = in.path();
            references(check, r, path);
            parts(check, r, path);
            if (r.equals(merged.get(r.id()))) {
                unique(check, r, path, used); // a losing incoming record is not stored, so it takes nothing
            }
        }
    }

    private static Used used(Iterable<MeetingRecord> meetings) {
        Used used = new Used(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (MeetingRecord r : meetings) {
            Meeting m = r.meeting();
            if (m.isRegular() && m.number() != null) {
                used.regularNumbers().computeIfAbsent(m.number(), k -> new ArrayList<>(1)).add(m);
            }
            for (Decision d : r.decisions()) {
                used.decisionNumbers().computeIfAbsent(d.number(), k -> new ArrayList<>(1)).add(m);
            }
            partIds(r).forEach(id -> used.partOwners().computeIfAbsent(id, k -> new ArrayList<>(1)).add(m.id()));
        }
        return used;
    }

    private static List<UUID> partIds(MeetingRecord r) {
        List<UUID> ids = new ArrayList<>();
        r.attendance().forEach(x -> ids.add(x.id()));
        r.agenda().forEach(x -> ids.add(x.id()));
        r.decisions().forEach(x -> ids.add(x.id()));
        r.reservations().forEach(x -> ids.add(x.id()));
        r.actions().forEach(x -> ids.add(x.id()));
        r.circulations().forEach(x -> ids.add(x.id()));
        r.versions().forEach(x -> ids.add(x.id()));
        return ids;
    }

    private void references(SectionCheck<MeetingRecord> check, MeetingRecord r, String path) {
        Meeting m = r.meeting();
        organization(check, m.chairOverride(), path + ".chairOrganizationId");
        meeting(check, m.approvedAtMeetingId(), path + ".approvedAtMeetingId");
        for (int i = 0; i < r.attendance().size(); i++) {
            Attendance a = r.attendance().get(i);
            organization(check, a.organizationId(), path + ".attendance[" + i + "].organizationId");
            person(check, a.personId(), path + ".attendance[" + i + "].personId");
        }
        for (int i = 0; i < r.decisions().size(); i++) {
            Decision d = r.decisions().get(i);
            List<Reservation> reservations = r.reservationsOf(d.id());
            for (int k = 0; k < reservations.size(); k++) {
                organization(check, reservations.get(k).organizationId(),
                        path + ".decisions[" + i + "].reservations[" + k + "].organizationId");
            }
        }
        for (int i = 0; i < r.actions().size(); i++) {
            ActionItem a = r.actions().get(i);
            String at = path + ".actionItems[" + i + "]";
            organization(check, a.ownerOrganizationId(), at + ".ownerOrganizationId");
            person(check, a.ownerPersonId(), at + ".ownerPersonId");
            meeting(check, a.closedAtMeetingId(), at + ".closedAtMeetingId");
        }
        for (int i = 0; i < r.versions().size(); i++) {
            meeting(check, r.versions().get(i).approvedAtMeetingId(), path + ".minutesVersions[" + i + "].approvedAtMeetingId");
        }
    }

    /** Rules within one meeting: the view's rules, agenda references, one line per organization and version. */
    private void parts(SectionCheck<MeetingRecord> check, MeetingRecord r, String path) {
        Set<UUID> agenda = new HashSet<>();
        r.agenda().forEach(a -> agenda.add(a.id()));
        for (int i = 0; i < r.decisions().size(); i++) {
            if (r.decisions().get(i).number().isBlank()) {
                check.problem(path + ".decisions[" + i + "].number", messages.get("exchange.error.missing"));
            }
            UUID item = r.decisions().get(i).agendaItemId();
            if (item != null && !agenda.contains(item)) {
                check.problem(path + ".decisions[" + i + "].agendaItemId", messages.get("exchange.error.agendaItemElsewhere", item));
            }
        }
        Map<UUID, Integer> organizations = new HashMap<>();
        for (int i = 0; i < r.attendance().size(); i++) {
            Integer first = organizations.putIfAbsent(r.attendance().get(i).organizationId(), i);
            if (first != null) {
                check.problem(path + ".attendance[" + i + "].organizationId",
                        messages.get("exchange.error.attendanceTwice", path + ".attendance[" + first + "]"));
            }
        }
        Set<Integer> versions = new HashSet<>();
        for (int i = 0; i < r.versions().size(); i++) {
            MinutesVersion v = r.versions().get(i);
            if (!versions.add(v.version())) {
                check.problem(path + ".minutesVersions[" + i + "].version",
                        messages.get("exchange.error.minutesVersionTwice", v.version()));
            }
        }
        for (int i = 0; i < r.actions().size(); i++) {
            ActionItem a = r.actions().get(i);
            if (a.isOpen() && a.closedAtMeetingId() != null) {
                check.problem(path + ".actionItems[" + i + "].closedAtMeetingId", messages.get("exchange.error.openActionClosed"));
            }
        }
    }

    private void unique(SectionCheck<MeetingRecord> check, MeetingRecord r, String path, Used used) {
        Meeting m = r.meeting();
        Optional<Meeting> sameNumber = m.isRegular() && m.number() != null
                ? used.regularNumbers().getOrDefault(m.number(), List.of()).stream()
                        .filter(other -> !other.id().equals(m.id())).findFirst()
                : Optional.empty();
        RuleProblems.report(rules.checkMeeting(m, sameNumber), path, messages, LABELS, check);
        for (int i = 0; i < r.decisions().size(); i++) {
            Decision d = r.decisions().get(i);
            List<Meeting> holders = used.decisionNumbers().getOrDefault(d.number(), List.of());
            if (holders.size() > 1) {
                Meeting other = holders.stream().filter(h -> !h.id().equals(m.id())).findFirst().orElse(m);
                check.problem(path + ".decisions[" + i + "].number",
                        messages.get("exchange.error.decisionNumberTaken", d.number(), names.title(other)));
            }
        }
        String[] kinds = {"attendance", "agendaItems", "decisions", "reservations", "actionItems", "circulations",
                "minutesVersions"};
        List<List<UUID>> byKind = List.of(ids(r.attendance(), Attendance::id), ids(r.agenda(), AgendaItem::id),
                ids(r.decisions(), Decision::id), ids(r.reservations(), Reservation::id), ids(r.actions(), ActionItem::id),
                ids(r.circulations(), Circulation::id), ids(r.versions(), MinutesVersion::id));
        for (int k = 0; k < kinds.length; k++) {
            for (UUID id : byKind.get(k)) {
                if (used.partOwners().getOrDefault(id, List.of()).size() > 1) {
                    check.problem(path + "." + kinds[k], messages.get("exchange.error.partIdTwice", id));
                }
            }
        }
    }

    private static <T> List<UUID> ids(List<T> parts, java.util.function.Function<T, UUID> id) {
        return parts.stream().map(id).toList();
    }

    private void organization(SectionCheck<?> check, UUID id, String path) {
        dangling(check, id, OrganizationSection.KEY, path);
    }

    private void person(SectionCheck<?> check, UUID id, String path) {
        dangling(check, id, PersonSection.KEY, path);
    }

    private void meeting(SectionCheck<?> check, UUID id, String path) {
        dangling(check, id, MeetingSection.KEY, path);
    }

    private void dangling(SectionCheck<?> check, UUID id, String section, String path) {
        if (id != null && !check.exists(section, id)) {
            check.problem(path, messages.get("exchange.error.dangling", id, messages.get("exchange.section." + section)));
        }
    }
}
