package org.untfsse.workbench.ui.roster;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.roster.RosterImportPlan;

/**
 * Shows what importing a CSV would change and every problem per line, before anything is written.
 * "Import" is offered only when no row has a problem.
 */
final class ImportPreviewDialog {

    private final RosterViewModel model;
    private final Messages m;

    ImportPreviewDialog(RosterViewModel model) {
        this.model = model;
        this.m = model.messages();
    }

    void show(Window owner, Path file, RosterImportPlan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("roster.import.title"));
        dialog.setHeaderText(m.get("roster.import.header", file.getFileName()));
        dialog.getDialogPane().setId("import-preview");
        ButtonType apply = new ButtonType(m.get("common.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, close);

        VBox content = new VBox(8);
        content.setPrefWidth(640);
        ListView<String> problems = list("import-problems", plan.problems().stream().map(Problem::toString).toList());
        problems.getStyleClass().add("import-problems");
        if (!plan.isValid()) {
            Label lead = new Label(m.get("roster.import.problems", plan.problems().size()));
            lead.setId("import-problems-lead");
            lead.getStyleClass().add("field-error");
            lead.setWrapText(true);
            content.getChildren().addAll(lead, problems);
        }
        Label summary = new Label(plan.changesNothing() && plan.isValid() ? m.get("roster.import.nothing")
                : plan.isValid() ? model.summary(plan) : m.get("roster.import.onceCorrected", model.summary(plan)));
        summary.setId("import-summary");
        summary.setWrapText(true);
        content.getChildren().add(summary);
        if (!plan.changesNothing()) {
            content.getChildren().add(list("import-changes", plan.changes().stream()
                    .map(c -> m.get("roster.import.line", c.line()) + ": " + c.description()).toList()));
        }
        dialog.getDialogPane().setContent(content);

        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("import-apply");
        applyButton.setDisable(!plan.isValid() || plan.changesNothing());
        applyButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            List<Problem> found = model.applyImport(file);
            if (!found.isEmpty()) {
                problems.getItems().setAll(found.stream().map(Problem::toString).toList());
                if (!content.getChildren().contains(problems)) {
                    content.getChildren().add(0, problems);
                }
                applyButton.setDisable(true);
                event.consume();
            }
        });
        dialog.show();
    }

    private static ListView<String> list(String id, List<String> items) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(items);
        list.setPrefHeight(Math.min(240, 6 + items.size() * 40.0));
        return list;
    }
}
