package org.untfsse.workbench.ui.meeting;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.service.meeting.ActionEntry;
import org.untfsse.workbench.service.meeting.DecisionEntry;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.minutes.MinutesMarkup;

/** The registers across meetings: all decisions (search, year, outcome) and all action items (open and overdue first). */
public final class RegistersViewModel {

    private final MeetingService service;
    private final ObservableList<DecisionEntry> decisions = FXCollections.observableArrayList();
    private final FilteredList<DecisionEntry> shownDecisions = new FilteredList<>(decisions);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionOutcome> outcome = new SimpleObjectProperty<>();
    private final ObservableList<ActionEntry> actions = FXCollections.observableArrayList();
    private final FilteredList<ActionEntry> shownActions = new FilteredList<>(actions);
    private final BooleanProperty openOnly = new SimpleBooleanProperty(false);

    public RegistersViewModel(MeetingService service) {
        this.service = service;
        search.addListener((o, a, b) -> filterDecisions());
        year.addListener((o, a, b) -> filterDecisions());
        outcome.addListener((o, a, b) -> filterDecisions());
        openOnly.addListener((o, a, b) -> shownActions.setPredicate(e -> !openOnly.get() || e.action().isOpen()));
    }

    public void refresh() {
        decisions.setAll(service.decisionRegister());
        Integer keep = year.get();
        years.setAll(decisions.stream().map(d -> d.meeting().start().getYear()).distinct().sorted().toList());
        year.set(years.contains(keep) ? keep : null);
        actions.setAll(service.actionRegister());
        filterDecisions();
    }

    private void filterDecisions() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shownDecisions.setPredicate(e -> (year.get() == null || e.meeting().start().getYear() == year.get())
                && (outcome.get() == null || e.decision().outcome() == outcome.get())
                && (needle.isEmpty() || e.decision().number().contains(needle)
                || MinutesMarkup.plain(e.decision().text()).toLowerCase(Locale.ROOT).contains(needle)));
    }

    public void markDone(ActionEntry entry) {
        service.setActionStatus(entry.action().id(), ActionStatus.DONE, null);
        refresh();
    }

    public boolean isOverdue(ActionEntry entry) {
        return entry.action().isOverdue(service.today());
    }

    public FilteredList<DecisionEntry> decisions() {
        return shownDecisions;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<DecisionOutcome> outcomeProperty() {
        return outcome;
    }

    public FilteredList<ActionEntry> actions() {
        return shownActions;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public String title(ActionEntry e) {
        return e.raisedAt() == null ? "" : service.names().title(e.raisedAt());
    }

    public String titleOfClosing(ActionEntry e) {
        return e.closedAt() == null ? "" : service.names().title(e.closedAt());
    }

    public String title(DecisionEntry e) {
        return Objects.requireNonNull(e.meeting()) == null ? "" : service.names().title(e.meeting());
    }
}
