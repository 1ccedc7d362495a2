package org.untfsse.workbench.service.exchange.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.meeting.AttendanceGrid;
import org.untfsse.workbench.service.meeting.AttendanceRow;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.service.meeting.minutes.MinutesOptions;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;

/**
 * Circulates a meeting's minutes by e-mail in one step: renders the minutes ONCE per chosen
 * format, attaches exactly those bytes to an unsent {@code .eml} draft addressed from the roster,
 * and records the circulation (version, date, recipients, the attachments' SHA-256) in the
 * meeting's minutes lifecycle. Nothing is sent.
 */
public final class MinutesCirculation {

    /**
     * What to circulate and to whom. {@code deadline} (comments due by) may be null; {@code language}
     * (of the template) null means the workbench's language; {@code sender} fills {@code {sender}}
     * (blank: the default signature).
     */
    public record Request(UUID meetingId, List<MinutesFormat> formats, MembershipScope scope, boolean attendingOnly,
                          boolean alternatesInCc, boolean bcc, LocalDate deadline, Locale language, String sender,
                          Path out) {

        public Request {
            formats = List.copyOf(new LinkedHashSet<>(formats == null || formats.isEmpty()
                    ? List.of(MinutesFormat.PDF) : formats));
            scope = scope == null ? MembershipScope.ALL : scope;
            sender = sender == null ? "" : sender;
        }

        /** In the workbench's language, signed with the default signature. */
        public Request(UUID meetingId, List<MinutesFormat> formats, MembershipScope scope, boolean attendingOnly,
                       boolean alternatesInCc, boolean bcc, LocalDate deadline, Path out) {
            this(meetingId, formats, scope, attendingOnly, alternatesInCc, bcc, deadline, null, "", out);
        }

        /** The defaults: PDF, focal points of all members and observers. */
        public static Request of(UUID meetingId, Path out) {
            return new Request(meetingId, List.of(MinutesFormat.PDF), MembershipScope.ALL, false, false, false, null, out);
        }
    }

    /** The draft and the circulation it was recorded as. */
    public record Outcome(CirculationResult draft, Circulation circulation, List<MailAttachment> attachments) {
    }

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final CirculationDraft drafts;
    private final Messages messages;
    private final Clock clock;

    public MinutesCirculation(MeetingService meetings, MinutesService minutes, CirculationDraft drafts,
                              Messages messages, Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.drafts = drafts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The default draft file name, like {@code UNTFSSE-47-minutes.eml}. */
    public static String defaultFileName(Meeting m) {
        return baseName(m) + ".eml";
    }

    public Outcome circulate(Request request) {
        Meeting m = meetings.meeting(request.meetingId()).orElseThrow(
                () -> new ValidationException(List.of(new Problem("--meeting",
                        messages.get("mail.error.noSuchMeeting", request.meetingId())))));
        List<Problem> problems = new ArrayList<>();
        for (MinutesFormat f : request.formats()) {
            if (f != MinutesFormat.PDF && f != MinutesFormat.DOCX) {
                problems.add(new Problem("--format", messages.get("mail.error.circulationFormat", f.extension())));
            }
        }
        Set<UUID> attending = attending(m);
        if (request.attendingOnly() && attending.isEmpty()) {
            problems.add(new Problem("--attending-only", messages.get("mail.error.nobodyAttended")));
        }
        ValidationException.throwIfAny(problems);

        LocalDate today = LocalDate.now(clock);
        MinutesOptions options = new MinutesOptions(true, request.deadline());
        List<MailAttachment> files = new ArrayList<>();
        for (MinutesFormat f : request.formats()) {
            String name = baseName(m) + "." + f.extension();
            files.add(new MailAttachment(name, MailAttachment.mediaTypeFor(name), minutes.render(m.id(), f, options)));
        }
        DraftRecipients to = new DraftRecipients(request.scope(), request.alternatesInCc(), request.bcc(),
                request.attendingOnly() ? attending : Set.of(), today);
        MeetingSummary summary = new MeetingSummary(m.number(), MimeText.oneLine(meetings.names().title(m)), m.start(),
                request.deadline(), meetings.decisions(m.id()).size(), openActions(m), attending);
        Locale language = request.language() != null ? request.language() : messages.locale();
        CirculationResult draft = drafts.minutes(summary, files, to, language, request.sender(), request.out());

        List<String> recipients = draft.addressed().stream().map(Recipient::email).toList();
        String format = request.formats().stream().map(MinutesFormat::name).collect(Collectors.joining(","));
        String hashes = files.stream().map(MailAttachment::sha256).collect(Collectors.joining(","));
        Circulation record = minutes.recordCirculation(m.id(), format, today, recipients, hashes);
        return new Outcome(draft, record, List.copyOf(files));
    }

    /** Today, by the workbench's clock (drafts and circulation records are dated by it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The meeting's title as the minutes and the message name it, e.g. "47th regular meeting". */
    public String title(Meeting m) {
        return meetings.names().title(m);
    }

    /** How many organizations were represented at the meeting (those "attending only" would address). */
    public int attendingOrganizations(UUID meetingId) {
        return meetings.meeting(meetingId).map(m -> attending(m).size()).orElse(0);
    }

    private int openActions(Meeting m) {
        var open = new ArrayList<>(meetings.actionsRaisedAt(m.id()));
        open.addAll(meetings.followUpActions(m.id()));
        return (int) open.stream().filter(a -> a.status() == ActionStatus.OPEN).map(a -> a.id()).distinct().count();
    }

    private Set<UUID> attending(Meeting m) {
        AttendanceGrid grid = meetings.attendanceGrid(m.id());
        Set<UUID> out = new LinkedHashSet<>();
        List<AttendanceRow> rows = new ArrayList<>(grid.members());
        rows.addAll(grid.observers());
        for (AttendanceRow row : rows) {
            if (row.represented()) {
                out.add(row.organization().id());
            }
        }
        return out;
    }

    private static String baseName(Meeting m) {
        String which = m.number() != null ? String.valueOf(m.number()) : m.start().toString();
        return "UNTFSSE-" + which + "-minutes";
    }
}
