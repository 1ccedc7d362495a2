package org.untfsse.workbench.service.meeting.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.MinutesVersion;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.meeting.AttendanceGrid;
import org.untfsse.workbench.service.meeting.AttendanceRow;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.MeetingStore;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.store.common.Database;

/**
 * The minutes' life: DRAFT → CIRCULATED (each circulation recorded with its version, date,
 * recipients and the SHA-256 of exactly what was sent) → APPROVED at a later meeting, after which
 * they are read-only; a correction opens a new version with its reason, and the approved text of
 * the old one stays readable. Also renders the minutes in every export format.
 */
public final class MinutesService {

    private final Database database;
    private final MeetingStore store;
    private final MeetingService meetings;
    private final RosterService roster;
    private final MinutesAssembler assembler;
    private final Messages messages;
    private final Clock clock;

    public MinutesService(Database database, MeetingStore store, MeetingService meetings, RosterService roster,
                          Messages messages, Clock clock) {
        this.database = database;
        this.store = store;
        this.meetings = meetings;
        this.roster = roster;
        this.assembler = new MinutesAssembler(meetings, roster);
        this.messages = messages;
        this.clock = clock;
    }

    /** The minutes of {@code meeting} in {@code format}, in the language of {@code language}. */
    public byte[] render(UUID meetingId, MinutesFormat format, MinutesOptions options, Messages language) {
        Meeting m = meetings.meeting(meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
        MinutesDocument doc = assembler.assemble(m, language, options);
        try {
            return MinutesWriter.of(format).write(doc, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(UUID meetingId, MinutesFormat format, MinutesOptions options) {
        return render(meetingId, format, options, messages);
    }

    /** Writes the minutes to {@code target} (through a temporary file, so a failure leaves no half file). */
    public void export(UUID meetingId, MinutesFormat format, MinutesOptions options, Path target) {
        write(render(meetingId, format, options), target);
    }

    /** Focal points (e-mail, else name) of the organizations represented at the meeting. */
    public List<String> defaultRecipients(UUID meetingId) {
        Meeting m = meetings.meeting(meetingId).orElseThrow();
        AttendanceGrid grid = meetings.attendanceGrid(meetingId);
        Set<String> out = new LinkedHashSet<>();
        List<AttendanceRow> rows = new ArrayList<>(grid.members());
        rows.addAll(grid.observers());
        for (AttendanceRow row : rows) {
            if (!row.represented()) {
                continue;
            }
            for (Person p : row.people()) {
                if (p.role() == PersonRole.FOCAL_POINT && p.isActiveOn(m.start())) {
                    out.add(p.email().isEmpty() ? p.name() + " (" + row.organization().acronym() + ")" : p.email());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Sends a version of the minutes for comments: renders them, writes exactly those bytes to
     * {@code target}, and records the circulation with their SHA-256. Allowed on draft or
     * already-circulated minutes (a re-circulation is the next version).
     */
    public Circulation circulate(UUID meetingId, MinutesFormat format, LocalDate date, List<String> recipients,
                                 MinutesOptions options, Path target) {
        return database.write(() -> {
            Meeting m = store.meetings().find(meetingId).orElseThrow();
            if (m.minutesStatus() == MinutesStatus.APPROVED) {
                throw invalid("minutes.error.alreadyApproved");
            }
            List<Problem> problems = new ArrayList<>();
            if (recipients.isEmpty()) {
                problems.add(new Problem(messages.get("minutes.field.recipients"), messages.get("minutes.error.noRecipients")));
            }
            ValidationException.throwIfAny(problems);
            Meeting circulated = m.withMinutes(MinutesStatus.CIRCULATED, m.minutesVersion(), null)
                    .withUpdatedAt(Clocks.now(clock));
            store.meetings().save(circulated);
            LocalDate commentsBy = options.commentsBy() != null ? options.commentsBy() : date.plusWeeks(2);
            byte[] bytes = render(meetingId, format, new MinutesOptions(options.includeContacts(), commentsBy));
            int version = store.records().circulations(meetingId).size() + 1;
            Circulation c = new Circulation(UUID.randomUUID(), meetingId, version, date, recipients, sha256(bytes),
                    format.name(), Clocks.now(clock));
            store.records().saveCirculation(c);
            write(bytes, target);
            return c;
        });
    }

    /**
     * Records that the minutes were circulated by another channel (an e-mail draft) which already
     * holds the rendered files: {@code sha256} is the hash of exactly what was attached (several
     * files: their hashes joined by commas, in the order of {@code format}). DRAFT or CIRCULATED →
     * CIRCULATED; refused on approved minutes or without recipients.
     */
    public Circulation recordCirculation(UUID meetingId, String format, LocalDate date, List<String> recipients,
                                         String sha256) {
        return database.write(() -> {
            Meeting m = store.meetings().find(meetingId).orElseThrow();
            if (m.minutesStatus() == MinutesStatus.APPROVED) {
                throw invalid("minutes.error.alreadyApproved");
            }
            if (recipients.isEmpty()) {
                throw new ValidationException(List.of(new Problem(messages.get("minutes.field.recipients"),
                        messages.get("minutes.error.noRecipients"))));
            }
            store.meetings().save(m.withMinutes(MinutesStatus.CIRCULATED, m.minutesVersion(), null)
                    .withUpdatedAt(Clocks.now(clock)));
            int version = store.records().circulations(meetingId).size() + 1;
            Circulation c = new Circulation(UUID.randomUUID(), meetingId, version, date, recipients, sha256, format,
                    Clocks.now(clock));
            store.records().saveCirculation(c);
            return c;
        });
    }

    /** Approves circulated minutes at a later meeting; from then on they are read-only. */
    public Meeting approve(UUID meetingId, UUID atMeetingId) {
        return database.write(() -> {
            Meeting m = store.meetings().find(meetingId).orElseThrow();
            Meeting at = store.meetings().find(atMeetingId).orElseThrow();
            List<Problem> problems = new ArrayList<>();
            String field = messages.get("minutes.field.approvedAt");
            if (m.minutesStatus() == MinutesStatus.APPROVED) {
                problems.add(new Problem(field, messages.get("minutes.error.alreadyApproved")));
            } else if (m.minutesStatus() != MinutesStatus.CIRCULATED) {
                problems.add(new Problem(field, messages.get("minutes.error.notCirculated")));
            }
            if (!at.start().isAfter(m.start())) {
                problems.add(new Problem(field, messages.get("minutes.error.approveAtLaterMeeting",
                        meetings.names().title(at), at.start())));
            }
            ValidationException.throwIfAny(problems);
            var now = Clocks.now(clock);
            Meeting approved = m.withMinutes(MinutesStatus.APPROVED, m.minutesVersion(), atMeetingId).withUpdatedAt(now);
            store.meetings().save(approved);
            String approvedSnapshot = new String(render(meetingId, MinutesFormat.MD, MinutesOptions.DEFAULT),
                    StandardCharsets.UTF_8);
            store.records().saveVersion(new MinutesVersion(UUID.randomUUID(), meetingId, m.minutesVersion(),
                    MinutesStatus.APPROVED, reasonOf(meetingId, m.minutesVersion()),
                    approvedSnapshot, atMeetingId, now));
            return approved;
        });
    }

    /** Opens a corrected version of approved minutes; the approved version stays readable. */
    public Meeting correct(UUID meetingId, String reason) {
        return database.write(() -> {
            Meeting m = store.meetings().find(meetingId).orElseThrow();
            List<Problem> problems = new ArrayList<>();
            String field = messages.get("minutes.field.reason");
            if (m.minutesStatus() != MinutesStatus.APPROVED) {
                problems.add(new Problem(field, messages.get("minutes.error.correctOnlyApproved")));
            }
            if (reason == null || reason.isBlank()) {
                problems.add(new Problem(field, messages.get("minutes.error.reasonRequired")));
            }
            ValidationException.throwIfAny(problems);
            var now = Clocks.now(clock);
            int next = m.minutesVersion() + 1;
            store.records().saveVersion(new MinutesVersion(UUID.randomUUID(), meetingId, next, MinutesStatus.DRAFT,
                    reason.strip(), "", null, now));
            Meeting corrected = m.withMinutes(MinutesStatus.DRAFT, next, null).withUpdatedAt(now);
            store.meetings().save(corrected);
            return corrected;
        });
    }

    public List<Circulation> circulations(UUID meetingId) {
        return database.read(() -> store.records().circulations(meetingId));
    }

    public List<MinutesVersion> versions(UUID meetingId) {
        return database.read(() -> store.records().versions(meetingId));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String reasonOf(UUID meetingId, int version) {
        return store.records().versions(meetingId).stream().filter(v -> v.version() == version)
                .map(MinutesVersion::reason).findFirst().orElse("");
    }

    private ValidationException invalid(String key) {
        return new ValidationException(List.of(new Problem(messages.get("minutes.field.status"), messages.get(key))));
    }

    private static void write(byte[] bytes, Path target) {
        try {
            Path absolute = target.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
            Files.write(temp, bytes);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
