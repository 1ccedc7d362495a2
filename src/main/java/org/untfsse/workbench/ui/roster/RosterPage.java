package org.untfsse.workbench.ui.roster;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The Rosters view: the organizations as of a date on the left, the selected one's details,
 * membership history and focal points on the right.
 */
public final class RosterPage implements org.untfsse.workbench.ui.common.WorkbenchPage {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final RosterViewModel model;
    private final RosterDialogs dialogs;
    private final OrganizationListView list;
    private final SplitPane root;

    public RosterPage(RosterViewModel model) {
        this.model = model;
        this.dialogs = new RosterDialogs(model);
        this.list = new OrganizationListView(model);
        list.addButton.setOnAction(e -> addOrganization());
        list.importButton.setOnAction(e -> startImport());
        root = new SplitPane(list, new OrganizationDetailsView(model.details(), dialogs));
        root.setId("roster-page");
        root.getStyleClass().add("roster-page");
        root.setDividerPositions(0.6);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                e.consume();
                addOrganization();
            }
        });
    }

    /**
     * Shows the "E-mail addresses…" button, which hands the selected organization (if any) to
     * {@code openDistributionList}; the distribution list itself belongs to the circulation feature.
     */
    public void setOnDistributionList(java.util.function.Consumer<java.util.Set<java.util.UUID>> openDistributionList) {
        list.emailsButton.setVisible(true);
        list.emailsButton.setOnAction(e -> {
            var selected = model.selectedProperty().get();
            openDistributionList.accept(selected == null ? java.util.Set.of() : java.util.Set.of(selected.organization().id()));
        });
    }

    public RosterViewModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty statusText() {
        return model.statusTextProperty();
    }

    @Override
    public void focusFilter() {
        list.focusFilter();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Ctrl+N and the "Add organization" button. */
    public void addOrganization() {
        dialogs.addOrganization(owner());
    }

    /** "Import CSV…": choose a file, then preview it. */
    public void startImport() {
        model.chooseImportFile().ifPresent(this::previewImport);
    }

    /** Shows what importing {@code file} would change, and every problem, before anything is written. */
    public void previewImport(Path file) {
        try {
            new ImportPreviewDialog(model).show(owner(), file, model.planImport(file));
        } catch (RuntimeException e) {
            model.showFailure(e);
        }
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
