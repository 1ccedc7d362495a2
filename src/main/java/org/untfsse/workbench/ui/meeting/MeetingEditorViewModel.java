package org.untfsse.workbench.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.meeting.AttendanceGrid;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.service.meeting.minutes.MinutesOptions;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * One meeting being edited: its details, attendance, agenda with minutes, decisions and action
 * items. Every change goes straight to the services (saved as typed); a refused change is shown
 * in {@link #problemProperty()} and nothing is saved.
 */
public final class MeetingEditorViewModel {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final RosterService roster;
    private final DialogService dialogs;
    private final MeetingDialogs meetingDialogs;
    private final Messages messages;

    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceGrid> grid = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> agenda = FXCollections.observableArrayList();
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> actions = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> followUp = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);

    public MeetingEditorViewModel(MeetingService meetings, MinutesService minutes, RosterService roster,
                                  DialogService dialogs, MeetingDialogs meetingDialogs) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.roster = roster;
        this.dialogs = dialogs;
        this.meetingDialogs = meetingDialogs;
        this.messages = meetings.messages();
    }

    public void open(UUID meetingId) {
        problem.set("");
        meeting.set(meetings.meeting(meetingId).orElseThrow());
        reload();
    }

    public void reload() {
        Meeting m = meetings.meeting(meeting.get().id()).orElseThrow();
        meeting.set(m);
        readOnly.set(m.minutesReadOnly());
        organizations.setAll(roster.allOrganizations());
        grid.set(meetings.attendanceGrid(m.id()));
        agenda.setAll(meetings.agenda(m.id()));
        decisions.setAll(meetings.decisions(m.id()));
        actions.setAll(meetings.actionsRaisedAt(m.id()));
        followUp.setAll(meetings.followUpActions(m.id()));
    }

    // ---- details ---------------------------------------------------------------------------

    public void saveDetails(Meeting changed) {
        attempt(() -> meeting.set(meetings.updateDetails(changed)));
    }

    public String title() {
        return meeting.get() == null ? "" : meetings.names().title(meeting.get());
    }

    /** The chair the minutes will name, and whether it comes from the rotation or from the override. */
    public String chairText() {
        String chair = meetings.chair(meeting.get());
        return chair.isEmpty() ? messages.get("meeting.chair.unknown") : chair;
    }

    public String countsText() {
        AttendanceGrid g = grid.get();
        return g == null ? "" : messages.get("meeting.attendance.counts", g.membersRepresented(), g.members().size(),
                g.observersRepresented(), g.observers().size());
    }

    // ---- attendance ------------------------------------------------------------------------

    public void setAttendance(UUID organizationId, AttendanceStatus status, UUID personId) {
        attempt(() -> {
            meetings.setAttendance(meeting.get().id(), organizationId, status, personId);
            grid.set(meetings.attendanceGrid(meeting.get().id()));
        });
    }

    // ---- agenda ----------------------------------------------------------------------------

    public Optional<AgendaItem> addAgendaItem() {
        return attemptGet(() -> {
            AgendaItem item = meetings.addAgendaItem(meeting.get().id(), messages.get("meeting.agenda.newItem"));
            agenda.setAll(meetings.agenda(meeting.get().id()));
            return item;
        });
    }

    public void saveAgendaItem(AgendaItem changed) {
        attempt(() -> {
            AgendaItem saved = meetings.updateAgendaItem(changed);
            replace(agenda, saved, AgendaItem::id);
        });
    }

    public void moveAgendaItem(AgendaItem item, int delta) {
        attempt(() -> agenda.setAll(meetings.moveAgendaItem(item.id(), delta)));
    }

    public void reorderAgenda(List<UUID> order) {
        attempt(() -> agenda.setAll(meetings.reorderAgenda(meeting.get().id(), order)));
    }

    public void deleteAgendaItem(AgendaItem item) {
        attempt(() -> {
            meetings.deleteAgendaItem(item.id());
            agenda.setAll(meetings.agenda(meeting.get().id()));
        });
    }

    public void startFromLastAgenda() {
        attempt(() -> agenda.setAll(meetings.startFromLastAgenda(meeting.get().id())));
    }

    // ---- decisions -------------------------------------------------------------------------

    public Optional<Decision> addDecision(UUID agendaItemId) {
        return attemptGet(() -> {
            Decision d = meetings.addDecision(meeting.get().id(), agendaItemId, "", DecisionOutcome.ADOPTED_BY_CONSENSUS);
            decisions.setAll(meetings.decisions(meeting.get().id()));
            return d;
        });
    }

    public void saveDecision(Decision changed) {
        attempt(() -> replace(decisions, meetings.updateDecision(changed), Decision::id));
    }

    public void deleteDecision(Decision d) {
        if (dialogs.confirm(messages.get("meeting.decision.delete"), messages.get("meeting.decision.deleteHeader",
                d.number()), messages.get("meeting.decision.deleteText"))) {
            attempt(() -> {
                meetings.deleteDecision(d.id());
                decisions.setAll(meetings.decisions(meeting.get().id()));
            });
        }
    }

    public List<Reservation> reservations(Decision d) {
        return meetings.reservations(d.id());
    }

    public void saveReservation(Reservation r) {
        attempt(() -> meetings.saveReservation(r));
    }

    public void deleteReservation(Reservation r) {
        attempt(() -> meetings.deleteReservation(r.decisionId(), r.id()));
    }

    // ---- action items ----------------------------------------------------------------------

    public Optional<ActionItem> addAction() {
        return attemptGet(() -> {
            ActionItem a = meetings.addAction(meeting.get().id(), "", null, null, null);
            actions.setAll(meetings.actionsRaisedAt(meeting.get().id()));
            return a;
        });
    }

    public void saveAction(ActionItem changed) {
        attempt(() -> replace(actions, meetings.updateAction(changed), ActionItem::id));
    }

    public void setActionStatus(ActionItem a, ActionStatus status) {
        attempt(() -> {
            meetings.setActionStatus(a.id(), status, meeting.get().id());
            actions.setAll(meetings.actionsRaisedAt(meeting.get().id()));
            followUp.setAll(meetings.followUpActions(meeting.get().id()));
        });
    }

    public String organizationAcronym(UUID id) {
        return organizations.stream().filter(o -> o.id().equals(id)).map(Organization::acronym).findFirst().orElse("");
    }

    // ---- minutes lifecycle -----------------------------------------------------------------

    private java.util.function.BiConsumer<Meeting, Runnable> prepareEmail;
    // Archive documents are supplied by the composition root: the meeting feature must not depend on the archive.
    private java.util.function.Function<UUID, List<String>> linkedDocuments = id -> List.of();

    public void setLinkedDocuments(java.util.function.Function<UUID, List<String>> documents) {
        this.linkedDocuments = documents;
    }

    /** How the archive's documents linked to this meeting (or its decisions) are listed. */
    public List<String> linkedDocuments() {
        return meeting.get() == null ? List.of() : linkedDocuments.apply(meeting.get().id());
    }


    /** "Prepare e-mail…": supplied by the app (the mail feature), called with the meeting and a refresh. */
    public void setPrepareEmail(java.util.function.BiConsumer<Meeting, Runnable> action) {
        this.prepareEmail = action;
    }

    public boolean canPrepareEmail() {
        return prepareEmail != null;
    }

    public void prepareEmail() {
        if (prepareEmail != null && meeting.get() != null) {
            prepareEmail.accept(meeting.get(), this::reload);
        }
    }

    public void circulate() {
        Meeting m = meeting.get();
        meetingDialogs.askCirculation(title(), meetings.today(), minutes.defaultRecipients(m.id())).ifPresent(r ->
                attempt(() -> {
                    var c = minutes.circulate(m.id(), r.format(), r.date(), r.recipients(),
                            new MinutesOptions(r.includeContacts(), r.commentsBy()), r.file());
                    reload();
                    savedNote.set(messages.get("meeting.circulated", c.version(), c.recipients().size(),
                            shortHashes(c)));
                }));
    }

    /** "1a2b3c4d5e6f" or, for a record of several files, "1a2b3c4d5e6f…, 9f8e7d6c5b4a". */
    static String shortHashes(org.untfsse.workbench.model.meeting.Circulation c) {
        return c.hashes().stream().map(h -> h.substring(0, Math.min(12, h.length())))
                .collect(java.util.stream.Collectors.joining("…, "));
    }

    public void approve() {
        Meeting m = meeting.get();
        List<Meeting> later = meetings.meetings().stream().filter(x -> x.start().isAfter(m.start())).toList();
        if (later.isEmpty()) {
            problem.set(messages.get("meeting.approve.noLaterMeeting"));
            return;
        }
        meetingDialogs.askApprovingMeeting(later).ifPresent(at -> attempt(() -> {
            minutes.approve(m.id(), at.id());
            reload();
        }));
    }

    public void correct() {
        meetingDialogs.askCorrectionReason().ifPresent(reason -> attempt(() -> {
            minutes.correct(meeting.get().id(), reason);
            reload();
        }));
    }

    public void export(MinutesFormat format) {
        String name = "minutes-" + (meeting.get().number() == null ? meeting.get().start() : meeting.get().number())
                + "." + format.extension();
        dialogs.chooseFileToSave(messages.get("meeting.export.title"), name, format.name(), "*." + format.extension())
                .ifPresent(file -> attempt(() -> minutes.export(meeting.get().id(), format, MinutesOptions.DEFAULT, file)));
    }

    public boolean canCirculate() {
        return meeting.get() != null && meeting.get().minutesStatus() != MinutesStatus.APPROVED;
    }

    // ---- plumbing --------------------------------------------------------------------------

    private void attempt(Runnable action) {
        attemptGet(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    private <T> Optional<T> attemptGet(Supplier<T> action) {
        try {
            T result = action.get();
            problem.set("");
            return Optional.ofNullable(result);
        } catch (ValidationException e) {
            problem.set(FailureText.describe(messages, e));
        } catch (RuntimeException e) {
            dialogs.showFailure(messages.get("dialog.failure.title"), e);
        }
        return Optional.empty();
    }

    private static <T> void replace(ObservableList<T> list, T saved, java.util.function.Function<T, UUID> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(id.apply(saved))) {
                if (!list.get(i).equals(saved)) {
                    list.set(i, saved);
                }
                return;
            }
        }
    }

    public MeetingService meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObjectProperty<AttendanceGrid> gridProperty() {
        return grid;
    }

    public ObservableList<AgendaItem> agenda() {
        return agenda;
    }

    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ObservableList<ActionItem> actions() {
        return actions;
    }

    public ObservableList<ActionItem> followUp() {
        return followUp;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ReadOnlyStringWrapper problemProperty() {
        return problem;
    }

    public ReadOnlyStringWrapper savedNoteProperty() {
        return savedNote;
    }

    public ReadOnlyBooleanWrapper readOnlyProperty() {
        return readOnly;
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return meetings.today();
    }
}
