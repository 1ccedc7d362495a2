package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.rotation.Gap;
import org.untfsse.workbench.service.rotation.TermEntry;

/** What the timeline draws, worked out from the view model: rows, bars, gaps, the years shown. */
final class TimelineModel {

    static final int COLOURS = 6;

    record BarSpan(RotationTerm term, boolean proposed, LocalDate from, LocalDate until, String acronym,
                   String tooltip, int colour) {
    }

    record GapSpan(LocalDate from, LocalDate until, String text) {
    }

    private final RotationViewModel vm;
    private final Messages m;
    private final List<Runnable> listeners = new ArrayList<>();

    TimelineModel(RotationViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        ListChangeListener<Object> changed = c -> fire();
        vm.entries().addListener(changed);
        vm.proposals().addListener(changed);
        vm.offices().addListener(changed);
        vm.gaps().addListener(changed);
        vm.zoomProperty().addListener((obs, old, now) -> fire());
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    List<Office> offices() {
        return vm.offices();
    }

    String label(Office office) {
        return vm.label(office);
    }

    TimelineZoom zoom() {
        return vm.zoomProperty().get();
    }

    LocalDate today() {
        return vm.today();
    }

    String todayText() {
        return m.get("rotation.view.today");
    }

    int firstYear() {
        int year = today().getYear();
        for (TermEntry e : vm.entries()) {
            year = Math.min(year, e.term().start().getYear());
        }
        return year;
    }

    int lastYear() {
        int year = today().getYear() + 1;
        for (TermEntry e : vm.entries()) {
            year = Math.max(year, e.term().start().getYear());
            if (e.term().end() != null) {
                year = Math.max(year, e.term().end().getYear());
            }
        }
        for (RotationTerm p : vm.proposals()) {
            year = Math.max(year, p.end() == null ? p.start().getYear() : p.end().getYear());
        }
        return year;
    }

    List<GapSpan> gapsOf(Office office) {
        List<GapSpan> out = new ArrayList<>();
        for (Gap g : vm.gaps()) {
            if (g.office().id().equals(office.id())) {
                out.add(new GapSpan(g.from(), g.to().plusDays(1),
                        m.get("rotation.view.gap", vm.label(office), g.from(), g.to())));
            }
        }
        return out;
    }

    List<BarSpan> barsOf(Office office) {
        Optional<LocalDate> planStart = vm.proposals().stream().filter(p -> p.officeId().equals(office.id()))
                .map(RotationTerm::start).min(LocalDate::compareTo);
        List<BarSpan> out = new ArrayList<>();
        for (TermEntry e : vm.entries()) {
            RotationTerm t = e.term();
            if (!t.officeId().equals(office.id())) {
                continue;
            }
            LocalDate until = t.end() == null ? LocalDate.MAX : t.end().plusDays(1);
            // While a plan is shown, an open term is drawn ending where the plan would end it.
            if (t.end() == null && planStart.isPresent() && planStart.get().isAfter(t.start())) {
                until = planStart.get();
            }
            out.add(new BarSpan(t, false, t.start(), until, e.acronym(), tooltip(e), colour(e.acronym())));
        }
        for (RotationTerm p : vm.proposals()) {
            if (p.officeId().equals(office.id())) {
                String acronym = vm.acronym(p.organizationId());
                out.add(new BarSpan(p, true, p.start(), p.end() == null ? LocalDate.MAX : p.end().plusDays(1), acronym,
                        m.get("rotation.bar.proposed", vm.describeProposal(p)), colour(acronym)));
            }
        }
        return out;
    }

    /** The same organization has the same colour in every row, so a glance follows it across offices. */
    private int colour(String acronym) {
        TreeSet<String> all = new TreeSet<>();
        vm.entries().forEach(e -> all.add(e.acronym()));
        vm.proposals().forEach(p -> all.add(vm.acronym(p.organizationId())));
        return all.headSet(acronym).size() % COLOURS;
    }

    private String tooltip(TermEntry e) {
        String period = e.term().end() == null
                ? m.get("rotation.period.open", e.term().start()) + " (" + m.get("rotation.view.current") + ")"
                : m.get("rotation.period.closed", e.term().start(), e.term().end());
        String who = e.person().isEmpty() ? e.organizationName() : e.person() + ", " + e.organizationName();
        return m.get("rotation.bar.tooltip", e.acronym(), vm.label(e.office()), who, period)
                + (e.term().notes().isBlank() ? "" : "\n" + e.term().notes().strip());
    }
}
