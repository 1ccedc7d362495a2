package org.untfsse.workbench.ui.exchange.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.mail.DistributionGroup;
import org.untfsse.workbench.service.exchange.mail.DistributionListFormat;
import org.untfsse.workbench.service.exchange.mail.DraftFiles;
import org.untfsse.workbench.service.exchange.mail.Recipient;
import org.untfsse.workbench.service.exchange.mail.RecipientFinder;
import org.untfsse.workbench.service.exchange.mail.RecipientList;

/**
 * The distribution list dialog's state: the group, the date, whether to keep to the organizations
 * selected in the Rosters view, and the resulting address line, count and people left out.
 */
public final class DistributionListViewModel {

    private final RecipientFinder finder;
    private final DistributionListFormat format;
    private final Messages messages;
    private final Set<UUID> selectedOrganizations;

    private final ObjectProperty<DistributionGroup> group = new SimpleObjectProperty<>(DistributionGroup.FOCAL_POINTS);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty onlySelected = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper addressLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObservableList<String> leftOut = FXCollections.observableArrayList();
    private RecipientList current = new RecipientList(List.of(), List.of(), List.of());

    public DistributionListViewModel(RecipientFinder finder, Messages messages, LocalDate today,
                                     Set<UUID> selectedOrganizations) {
        this.finder = finder;
        this.messages = messages;
        this.format = new DistributionListFormat(messages);
        this.selectedOrganizations = Set.copyOf(selectedOrganizations);
        asOf.set(today);
        onlySelected.set(!this.selectedOrganizations.isEmpty());
        group.addListener((o, a, b) -> refresh());
        asOf.addListener((o, a, b) -> refresh());
        onlySelected.addListener((o, a, b) -> refresh());
        refresh();
    }

    public void refresh() {
        if (group.get() == null || asOf.get() == null) {
            return;
        }
        var selection = group.get().selection(asOf.get());
        if (onlySelected.get() && !selectedOrganizations.isEmpty()) {
            selection = selection.onlyOrganizations(selectedOrganizations);
        }
        current = finder.find(selection);
        addressLine.set(format.addressLine(current.reachable()));
        count.set(messages.get("mail.list.count", current.reachable().size()));
        List<String> lines = new java.util.ArrayList<>();
        for (Recipient r : current.unreachable()) {
            lines.add(messages.get("mail.warning.withoutEmail", r.name(), r.organizationAcronym(),
                    messages.get("roster.role." + r.role().name())));
        }
        if (!current.organizationsWithoutAnyone().isEmpty()) {
            lines.add(messages.get("mail.warning.organizationWithoutAnyone",
                    String.join(", ", current.organizationsWithoutAnyone())));
        }
        leftOut.setAll(lines);
    }

    public void saveCsv(Path file) {
        DraftFiles.writeAtomically(file, format.csvFile(current.reachable()));
    }

    public void saveVcard(Path file) {
        DraftFiles.writeAtomically(file, format.vcards(current.reachable()).getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return current.reachable().size();
    }

    public boolean hasSelection() {
        return !selectedOrganizations.isEmpty();
    }

    public ObjectProperty<DistributionGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty onlySelectedProperty() {
        return onlySelected;
    }

    public ReadOnlyStringProperty addressLineProperty() {
        return addressLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<String> leftOut() {
        return leftOut;
    }
}
