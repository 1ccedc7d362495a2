package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.service.rotation.Gap;
import org.untfsse.workbench.service.rotation.Handover;
import org.untfsse.workbench.service.rotation.Holder;
import org.untfsse.workbench.service.rotation.PlanRequest;
import org.untfsse.workbench.service.rotation.RotationService;
import org.untfsse.workbench.service.rotation.SavedTerm;
import org.untfsse.workbench.service.rotation.TermEntry;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * The rotation view's state: who holds what as of a date, every term (filterable), gaps,
 * upcoming handovers and the planner's unsaved proposals. Every change goes through the service,
 * which refuses rule violations with their messages and saves the rest at once.
 */
public final class RotationViewModel {

    private final RotationService rotation;
    private final RosterService roster;
    private final DialogService dialogs;
    private final Messages m;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private Supplier<List<MeetingChoice>> meetingChoices = List::of;
    private final ObjectProperty<TimelineZoom> zoom = new SimpleObjectProperty<>(TimelineZoom.YEARS);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<HolderLine> holders = FXCollections.observableArrayList();
    private final ObservableList<TermEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<TermEntry> filtered = new FilteredList<>(entries);
    private final ObservableList<Office> offices = FXCollections.observableArrayList();
    private final ObservableList<Gap> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> upcoming = FXCollections.observableArrayList();
    private final ObservableList<RotationTerm> proposals = FXCollections.observableArrayList();

    public RotationViewModel(RotationService rotation, RosterService roster, DialogService dialogs) {
        this.rotation = rotation;
        this.roster = roster;
        this.dialogs = dialogs;
        this.m = rotation.messages();
        this.today = rotation::today;
        asOf.set(today.get());
        asOf.addListener((obs, old, now) -> refreshHolders());
        filter.addListener((obs, old, now) -> applyFilter());
    }

    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public ObjectProperty<TimelineZoom> zoomProperty() { return zoom; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The last outcome to tell the user: saved, a warning, exported. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ObservableList<HolderLine> holders() { return holders; }
    public ObservableList<TermEntry> entries() { return entries; }
    public FilteredList<TermEntry> filteredEntries() { return filtered; }
    public ObservableList<Office> offices() { return offices; }
    public ObservableList<Gap> gaps() { return gaps; }
    public ObservableList<String> upcoming() { return upcoming; }
    public ObservableList<RotationTerm> proposals() { return proposals; }
    public LocalDate today() { return today.get(); }

    /** The meetings a term can be "decided at" (newest first); none until the composition root supplies them. */
    public void setMeetingChoices(Supplier<List<MeetingChoice>> choices) {
        this.meetingChoices = choices;
    }

    public List<MeetingChoice> meetingChoices() {
        return meetingChoices.get();
    }

    public void refresh() {
        offices.setAll(rotation.offices());
        entries.setAll(rotation.entries());
        gaps.setAll(rotation.gaps());
        upcoming.setAll(rotation.upcomingHandovers(today.get()).stream().map(this::describe).toList());
        refreshHolders();
        applyFilter();
        status.set(m.get("rotation.view.status", entries.size(), gaps.size()));
    }

    public String label(Office office) {
        return rotation.label(office);
    }

    public List<Organization> organizations() {
        return roster.allOrganizations().stream()
                .sorted(java.util.Comparator.comparing(Organization::acronym, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public String acronym(UUID organizationId) {
        return roster.organization(organizationId).map(Organization::acronym).orElse("?");
    }

    /** Saves the form's term; returns the problems that refused it (nothing saved), or an empty list. */
    public List<Problem> save(TermForm form) {
        List<Problem> missing = new ArrayList<>();
        if (form.office() == null) {
            missing.add(new Problem(m.get("rotation.field.office"), m.get("rotation.error.unknownOffice")));
        }
        if (form.organization() == null) {
            missing.add(new Problem(m.get("rotation.field.organization"), m.get("rotation.error.unknownOrganization")));
        }
        if (form.start() == null) {
            missing.add(new Problem(m.get("rotation.field.start"), m.get("rotation.error.startRequired")));
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        RotationTerm old = form.existing();
        RotationTerm term = new RotationTerm(old == null ? UUID.randomUUID() : old.id(), form.office().id(),
                form.organization().id(), personIdKept(old, form), personNameOf(old, form), form.start(), form.end(),
                form.decidedAt() != null ? form.decidedAt().orElse(null) : old == null ? null : old.decidedAtMeetingId(),
                form.notes(), old == null ? null : old.updatedAt());
        try {
            SavedTerm saved = rotation.saveTerm(term);
            message.set(saved.warnings().isEmpty() ? m.get("rotation.view.saved")
                    : m.get("rotation.view.warning") + ": " + saved.warnings().get(0).message());
            refresh();
            return List.of();
        } catch (ValidationException refused) {
            return refused.problems();
        }
    }

    public void delete(TermEntry entry) {
        String period = entry.term().end() == null ? m.get("rotation.period.open", entry.term().start())
                : m.get("rotation.period.closed", entry.term().start(), entry.term().end());
        if (dialogs.confirm(m.get("rotation.view.delete"), m.get("rotation.view.confirmDelete"),
                m.get("rotation.view.confirmDeleteText", entry.acronym(), label(entry.office()), period))) {
            rotation.deleteTerm(entry.term().id());
            message.set(m.get("rotation.view.deleted"));
            refresh();
        }
    }

    public List<Problem> addOffice(String name, int maxHolders) {
        try {
            rotation.addOffice(name, maxHolders);
            refresh();
            return List.of();
        } catch (ValidationException refused) {
            return refused.problems();
        }
    }

    /** Asks the planner; the proposals show on the timeline until accepted or discarded. */
    public List<Problem> plan(List<Office> chosen, String orderText, int months, LocalDate start, int count) {
        List<UUID> order = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String acronym : orderText.split("[,;\\s]+")) {
            if (acronym.isBlank()) {
                continue;
            }
            Optional<Organization> o = roster.organizationByAcronym(acronym.strip());
            o.ifPresentOrElse(org -> order.add(org.id()), () -> problems.add(new Problem(m.get("rotation.field.order"),
                    m.get("rotation.error.unknownAcronym", acronym.strip().toUpperCase(Locale.ROOT)))));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            proposals.setAll(rotation.plan(new PlanRequest(chosen.stream().map(Office::id).toList(), order, months,
                    start, count)));
            return List.of();
        } catch (ValidationException refused) {
            proposals.clear();
            return refused.problems();
        }
    }

    /** Saves the chosen proposals (all or none of them); the rest are dropped. */
    public List<Problem> accept(List<RotationTerm> chosen) {
        try {
            rotation.acceptProposals(chosen);
            proposals.clear();
            message.set(m.get("rotation.plan.accepted", chosen.size()));
            refresh();
            return List.of();
        } catch (ValidationException refused) {
            return refused.problems();
        }
    }

    public void discardProposals() {
        proposals.clear();
    }

    public String describeProposal(RotationTerm p) {
        String office = offices.stream().filter(o -> o.id().equals(p.officeId())).map(this::label).findFirst().orElse("?");
        return m.get("rotation.plan.proposal", office, acronym(p.organizationId()), p.start(), p.end());
    }

    private void refreshHolders() {
        LocalDate date = asOf.get() == null ? today.get() : asOf.get();
        List<HolderLine> lines = new ArrayList<>();
        for (Map.Entry<Office, List<Holder>> e : rotation.holdersOn(date).entrySet()) {
            List<Holder> list = e.getValue();
            lines.add(new HolderLine(label(e.getKey()), list.isEmpty() ? m.get("rotation.view.vacant")
                    : String.join(" + ", list.stream().map(Holder::acronym).toList()), list.isEmpty()));
        }
        holders.setAll(lines);
    }

    private void applyFilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(e -> needle.isEmpty() || (e.acronym() + " " + e.organizationName() + " " + e.person()
                + " " + label(e.office()) + " " + e.term().notes() + " " + e.term().start()).toLowerCase(Locale.ROOT)
                .contains(needle));
    }

    private String describe(Handover h) {
        return m.get("rotation.view.handover." + h.kind().name(), h.date(), h.acronym(), label(h.office()));
    }

    /** A focal point chosen earlier stays linked while the form still shows their name. */
    private UUID personIdKept(RotationTerm old, TermForm form) {
        if (old == null || old.personId() == null || blank(form.person())) {
            return null;
        }
        String linked = roster.person(old.personId()).map(p -> p.name()).orElse("");
        return linked.equals(form.person().strip()) ? old.personId() : null;
    }

    private String personNameOf(RotationTerm old, TermForm form) {
        return blank(form.person()) || personIdKept(old, form) != null ? null : form.person().strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
