package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.model.roster.Organization;

/** The meeting's decisions: numbered automatically; text, outcome, agenda item and reservations per organization. */
final class DecisionsSection {

    private final MeetingEditorViewModel model;
    private final SplitPane split = new SplitPane();
    private final ListView<Decision> list = new ListView<>();
    private final Label number = new Label();
    private final ComboBox<AgendaItem> item = new ComboBox<>();
    private final ComboBox<DecisionOutcome> outcome = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final ListView<Reservation> reservations = new ListView<>();
    private final ComboBox<Organization> reservingOrg = new ComboBox<>();
    private final TextField reservationText = new TextField();
    private final VBox editor = new VBox(8);
    private final Autosave textSave;
    private UUID shown;
    private boolean loading;

    DecisionsSection(MeetingEditorViewModel model) {
        this.model = model;
        Messages m = model.messages();
        list.setId("decision-list");
        list.setItems(model.decisions());
        list.setCellFactory(v -> MeetingCells.listCell(d -> d.number() + "   " + m.get("meeting.outcome." + d.outcome().name())
                + (d.text().isBlank() ? "" : "\n" + firstLine(d.text()))));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        Button add = new Button(m.get("meeting.decision.add"), new FontIcon(Material2AL.ADD));
        add.setId("decision-add");
        add.disableProperty().bind(model.readOnlyProperty());
        add.setOnAction(e -> {
            AgendaItem current = null;
            model.addDecision(current == null ? null : current.id()).ifPresent(d -> {
                list.getSelectionModel().select(model.decisions().stream().filter(x -> x.id().equals(d.id()))
                        .findFirst().orElse(null));
                text.requestFocus();
            });
        });
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("decision-delete");
        delete.setAccessibleText(m.get("meeting.decision.delete"));
        delete.setTooltip(new javafx.scene.control.Tooltip(m.get("meeting.decision.delete")));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.readOnlyProperty()));
        delete.setOnAction(e -> model.deleteDecision(list.getSelectionModel().getSelectedItem()));
        VBox left = new VBox(8, new HBox(6, add, delete), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        number.setId("decision-number");
        number.getStyleClass().add("decision-number");
        item.setItems(model.agenda());
        item.setConverter(MeetingCells.converter(a -> a == null ? m.get("common.none") : a.position() + ". " + a.title()));
        outcome.setId("decision-outcome");
        outcome.getItems().setAll(DecisionOutcome.values());
        outcome.setConverter(MeetingCells.converter(o -> o == null ? "" : m.get("meeting.outcome." + o.name())));
        text.setId("decision-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        textSave = Autosave.bind(text, t -> save());
        item.valueProperty().addListener((o, a, b) -> save());
        outcome.valueProperty().addListener((o, a, b) -> save());
        reservations.setCellFactory(v -> MeetingCells.listCell(r -> model.organizationAcronym(r.organizationId()) + ": " + r.text()));
        reservations.setPrefHeight(110);
        reservingOrg.setItems(model.organizations());
        reservingOrg.setConverter(MeetingCells.converter(o -> o == null ? "" : o.acronym()));
        reservingOrg.setPromptText(m.get("meeting.field.organization"));
        reservationText.setPromptText(m.get("meeting.decision.reservationPrompt"));
        HBox.setHgrow(reservationText, Priority.ALWAYS);
        Button addReservation = new Button(m.get("meeting.decision.addReservation"));
        addReservation.setOnAction(e -> addReservation());
        Button removeReservation = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        removeReservation.setAccessibleText(m.get("meeting.decision.removeReservation"));
        removeReservation.setAccessibleHelp(m.get("meeting.decision.removeReservationHelp"));
        removeReservation.setTooltip(new javafx.scene.control.Tooltip(m.get("meeting.decision.removeReservation")));
        removeReservation.setOnAction(e -> {
            Reservation r = reservations.getSelectionModel().getSelectedItem();
            if (r != null) {
                model.deleteReservation(r);
                showReservations();
            }
        });
        Label resTitle = new Label(m.get("meeting.decision.reservations"));
        resTitle.getStyleClass().add("section-title");
        VBox resBox = new VBox(6, resTitle, reservations, new HBox(6, reservingOrg, reservationText, addReservation,
                removeReservation));
        resBox.visibleProperty().bind(outcome.valueProperty().isEqualTo(DecisionOutcome.ADOPTED_WITH_RESERVATIONS));
        resBox.managedProperty().bind(resBox.visibleProperty());
        editor.getChildren().addAll(number, new Label(m.get("meeting.decision.item")), item,
                new Label(m.get("meeting.decision.outcome")), outcome, new Label(m.get("meeting.decision.text")), text, resBox);
        editor.setPadding(new Insets(12));
        editor.setDisable(true);
        split.getItems().addAll(left, editor);
        split.setDividerPositions(0.36);
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 70 ? line.substring(0, 69) + "…" : line;
    }

    void load() {
        shown = null;
        show(null);
        if (!model.decisions().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void show(Decision d) {
        if (d == null && shown != null) {
            // A saved edit replaces the element in the list, which clears the selection: keep editing it.
            int index = indexOfDecision(shown);
            if (index >= 0) {
                list.getSelectionModel().select(index);
                return;
            }
        }
        if (d != null && d.id().equals(shown)) {
            return;
        }
        if (shown != null) {
            textSave.flush();
        }
        loading = true;
        try {
            shown = d == null ? null : d.id();
            editor.setDisable(d == null || model.readOnlyProperty().get());
            number.setText(d == null ? "" : model.messages().get("minutes.label.decision", d.number()));
            textSave.load(d == null ? "" : d.text());
            outcome.setValue(d == null ? null : d.outcome());
            item.setValue(d == null ? null : model.agenda().stream().filter(a -> a.id().equals(d.agendaItemId()))
                    .findFirst().orElse(null));
            showReservations();
        } finally {
            loading = false;
        }
    }

    private void showReservations() {
        reservations.getItems().setAll(shown == null ? java.util.List.of()
                : model.decisions().stream().filter(x -> x.id().equals(shown)).findFirst()
                .map(model::reservations).orElse(java.util.List.of()));
    }

    private void addReservation() {
        if (shown == null || reservingOrg.getValue() == null || reservationText.getText().isBlank()) {
            return;
        }
        model.saveReservation(new Reservation(UUID.randomUUID(), shown, reservingOrg.getValue().id(),
                reservationText.getText(), null));
        reservationText.clear();
        showReservations();
    }

    private void save() {
        if (loading || shown == null || outcome.getValue() == null) {
            return;
        }
        model.decisions().stream().filter(x -> x.id().equals(shown)).findFirst().ifPresent(d -> model.saveDecision(
                d.withContent(item.getValue() == null ? null : item.getValue().id(), text.getText(), outcome.getValue())));
    }

    Node node() {
        return split;
    }

    private int indexOfDecision(UUID id) {
        for (int i = 0; i < model.decisions().size(); i++) {
            if (model.decisions().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
