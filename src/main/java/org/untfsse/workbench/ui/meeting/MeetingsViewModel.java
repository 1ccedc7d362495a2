package org.untfsse.workbench.ui.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.meeting.Cadence;
import org.untfsse.workbench.service.meeting.MeetingCalendar;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.MeetingSummary;
import org.untfsse.workbench.ui.common.DialogService;

/** The meetings list: every meeting, filtered by text and kind, with the cadence and the suggested next meeting. */
public final class MeetingsViewModel {

    private final MeetingService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<MeetingSummary> all = FXCollections.observableArrayList();
    private final FilteredList<MeetingSummary> shown = new FilteredList<>(all);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<MeetingKind> kindFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MeetingsViewModel(MeetingService service, DialogService dialogs) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = service.messages();
        filterText.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
    }

    public void refresh() {
        all.setAll(service.overview());
        suggestion.set(service.suggestNext().map(s -> s.overdue()
                ? messages.get("meeting.list.suggestOverdue", ordinal(s), s.dueSince())
                : messages.get("meeting.list.suggestNext", ordinal(s), s.earliest(), s.latest())).orElse(""));
        long flagged = all.stream().filter(s -> s.interval() != null && s.interval().tooLong()).count();
        status.set(messages.get("meeting.list.status", all.size(), flagged));
        applyFilter();
    }

    private String ordinal(Cadence.Suggestion s) {
        return s.number() == null ? "" : service.names().ordinal(s.number());
    }

    private void applyFilter() {
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        MeetingKind kind = kindFilter.get();
        shown.setPredicate(s -> (kind == null || s.meeting().kind() == kind) && (needle.isEmpty()
                || s.displayTitle().toLowerCase(Locale.ROOT).contains(needle)
                || s.meeting().place().toLowerCase(Locale.ROOT).contains(needle)
                || String.valueOf(s.meeting().number()).equals(needle)
                || s.meeting().start().toString().contains(needle)));
    }

    /** A new meeting of {@code kind}: a regular one takes the next number and the suggested date. */
    public Meeting createMeeting(MeetingKind kind) {
        var next = service.suggestNext();
        Integer number = kind == MeetingKind.REGULAR ? next.map(s -> s.number()).orElse(1) : null;
        LocalDate date = kind == MeetingKind.REGULAR ? next.map(s -> s.earliest()).orElse(service.today()) : service.today();
        String title = kind == MeetingKind.REGULAR ? "" : messages.get("meeting.kind." + kind.name());
        Meeting created = service.createMeeting(Meeting.draft(number, title, kind, date, "", true));
        refresh();
        return created;
    }

    public void exportCalendar() {
        dialogs.chooseFileToSave(messages.get("meeting.ics.title"), "untfsse-meetings.ics",
                messages.get("meeting.ics.files"), "*.ics").ifPresent(this::exportCalendar);
    }

    public void exportCalendar(Path file) {
        try {
            new MeetingCalendar(service, java.time.Clock.systemUTC()).export(file);
        } catch (RuntimeException e) {
            dialogs.showFailure(messages.get("meeting.ics.title"), e);
        }
    }

    public List<Meeting> meetings() {
        return service.meetings();
    }

    public FilteredList<MeetingSummary> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<MeetingKind> kindFilterProperty() {
        return kindFilter;
    }

    public ReadOnlyStringWrapper suggestionProperty() {
        return suggestion;
    }

    public ReadOnlyStringWrapper statusProperty() {
        return status;
    }
}
