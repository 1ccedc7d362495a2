package org.untfsse.workbench.ui.roster;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.OrganizationKind;

/**
 * The right half of the Rosters view: the selected organization's details (saved when a field is
 * left or Enter is pressed), its membership history and its focal points.
 */
final class OrganizationDetailsView extends StackPane {

    private final OrganizationDetailsViewModel model;
    private final Messages m;
    private final GridPane form = new GridPane();
    private int rows;

    OrganizationDetailsView(OrganizationDetailsViewModel model, RosterDialogs dialogs) {
        this.model = model;
        this.m = model.messages();
        getStyleClass().add("roster-details");
        Label heading = new Label();
        heading.setId("details-heading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.textProperty().bind(model.organizationProperty().map(o -> o.name().equalsIgnoreCase(o.acronym()) ? o.name() : o.acronym() + " — " + o.name()).orElse(""));

        form.setHgap(12);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        TextField acronym = textField("details-acronym", model.acronymProperty(), model::commitAcronym);
        addRow(m.get("roster.field.acronym"), acronym, model.acronymErrorProperty(), "details-acronym-error");
        addRow(m.get("roster.field.name"), textField("details-name", model.nameProperty(), model::commitName),
                model.nameErrorProperty(), "details-name-error");
        ComboBox<OrganizationKind> kind = RosterCells.kindBox(m, "details-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setOnAction(e -> model.commitKind());
        addRow(m.get("roster.field.kind"), kind, null, null);
        addRow(m.get("roster.field.website"), textField("details-website", model.websiteProperty(), model::commitWebsite),
                model.websiteErrorProperty(), "details-website-error");
        TextArea notes = new TextArea();
        notes.setId("details-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        commitOnFocusLost(notes, model::commitNotes);
        addRow(m.get("roster.field.notes"), notes, null, null);
        Label saved = new Label(m.get("roster.details.autosave"));
        saved.getStyleClass().addAll("text-muted", "text-small");
        saved.setWrapText(true);

        VBox content = new VBox(10, heading, form, saved, new MembershipSection(model, dialogs),
                new FocalPointsSection(model, dialogs));
        content.getStyleClass().add("roster-details-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.presentProperty());

        Label none = new Label(m.get("roster.details.none"));
        none.setId("details-none");
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.visibleProperty().bind(model.presentProperty().not());
        StackPane.setAlignment(none, Pos.CENTER);
        getChildren().addAll(none, scroll);
    }

    private TextField textField(String id, StringProperty value, Runnable commit) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> commit.run());
        commitOnFocusLost(field, commit);
        return field;
    }

    private static void commitOnFocusLost(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private void addRow(String label, Node field, StringProperty error, String errorId) {
        Label text = new Label(label);
        text.setLabelFor(field);
        text.getStyleClass().add("form-label");
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.addRow(rows++, text, field);
        if (error != null) {
            Label problem = new Label();
            problem.setId(errorId);
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            problem.textProperty().bind(error);
            problem.managedProperty().bind(error.isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            error.addListener((obs, old, now) -> field.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
            form.add(problem, 1, rows++);
        }
    }
}
