package org.untfsse.workbench.ui.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterCounts;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.service.roster.RosterImportPlan;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * The Rosters view's state: the organizations as of a date, filtered by text and status, the one
 * selected (its details in {@link OrganizationDetailsViewModel}), the counts for the status bar,
 * and the CSV import.
 */
public final class RosterViewModel {

    private final RosterService roster;
    private final Messages messages;
    private final DialogService dialogs;

    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<RosterFilter> statusFilter = new SimpleObjectProperty<>(RosterFilter.ALL);
    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<RosterEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<RosterEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final OrganizationDetailsViewModel details;
    private boolean refreshing;

    public RosterViewModel(RosterService roster, Messages messages, DialogService dialogs) {
        this.roster = roster;
        this.messages = messages;
        this.dialogs = dialogs;
        this.asOf = new SimpleObjectProperty<>(roster.today());
        this.details = new OrganizationDetailsViewModel(roster, messages, this::refresh);
        filterText.addListener((obs, old, now) -> refresh());
        statusFilter.addListener((obs, old, now) -> refresh());
        asOf.addListener((obs, old, now) -> {
            if (now == null) {
                asOf.set(roster.today());
            } else {
                refresh();
            }
        });
        selected.addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(idOf(old), idOf(now)) && details.show(idOf(now))) {
                refresh();
            }
        });
        refresh();
        if (!entries.isEmpty()) {
            selected.set(entries.get(0));
        }
    }

    /** Reads the roster again, keeping the selection where the organization is still listed. */
    public void refresh() {
        UUID keep = idOf(selected.get());
        List<RosterEntry> fresh = roster.roster(asOf.get(), filterText.get(), statusFilter.get());
        refreshing = true;
        try {
            entries.setAll(fresh);
        } finally {
            refreshing = false;
        }
        RosterEntry again = keep == null ? null
                : fresh.stream().filter(e -> e.organization().id().equals(keep)).findFirst().orElse(null);
        if (again != null || keep == null) {
            selected.set(again);
        } else {
            selected.set(null);
        }
        RosterCounts counts = roster.counts(asOf.get());
        statusText.set(messages.get("roster.statusCounts", counts.members(), counts.observers()));
        boolean anything = !fresh.isEmpty() || !roster.allOrganizations().isEmpty();
        emptyText.set(messages.get(anything ? "roster.empty.noMatch" : "roster.empty.none"));
    }

    /** Adds an organization with its first status; returns every problem (nothing saved then). */
    public List<Problem> addOrganization(String acronym, String name, OrganizationKind kind,
                                         MembershipStatus status, LocalDate since) {
        try {
            Organization created = roster.createOrganization(new Organization(UUID.randomUUID(), acronym, name,
                    kind == null ? OrganizationKind.OTHER : kind, "", "", null), status, since);
            filterText.set("");
            statusFilter.set(RosterFilter.ALL);
            refresh();
            entries.stream().filter(e -> e.organization().id().equals(created.id())).findFirst()
                    .ifPresent(selected::set);
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }

    public Optional<Path> chooseImportFile() {
        return dialogs.chooseFileToOpen(messages.get("roster.import.choose"), messages.get("roster.import.fileType"),
                "*.csv", "*.txt");
    }

    /** What importing {@code file} would do, with every problem; writes nothing. */
    public RosterImportPlan planImport(Path file) {
        return roster.csvImporter().plan(file);
    }

    /** Imports {@code file}, all or nothing; returns the problems that stopped it (none when imported). */
    public List<Problem> applyImport(Path file) {
        try {
            RosterImportPlan done = roster.csvImporter().importFile(file);
            refresh();
            dialogs.showInfo(messages.get("roster.import.title"), summary(done));
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }

    public String summary(RosterImportPlan plan) {
        return messages.get("roster.import.summary", plan.count(RosterImportPlan.ChangeKind.ADD_ORGANIZATION),
                plan.count(RosterImportPlan.ChangeKind.UPDATE_ORGANIZATION),
                plan.count(RosterImportPlan.ChangeKind.CHANGE_STATUS),
                plan.count(RosterImportPlan.ChangeKind.ADD_PERSON),
                plan.count(RosterImportPlan.ChangeKind.UPDATE_PERSON),
                plan.unchangedOrganizations(), plan.unchangedPeople());
    }

    public void showFailure(Throwable failure) {
        dialogs.showFailure(messages.get("dialog.failure.title"), failure);
    }

    /** The view's table selection; ignored while the list is being replaced (tables drop their selection then). */
    public void select(RosterEntry entry) {
        if (!refreshing) {
            selected.set(entry);
        }
    }

    private static UUID idOf(RosterEntry entry) {
        return entry == null ? null : entry.organization().id();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<RosterFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<RosterEntry> entries() {
        return entries;
    }

    public ObjectProperty<RosterEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public OrganizationDetailsViewModel details() {
        return details;
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return roster.today();
    }
}
