package org.untfsse.workbench.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.AgendaItem;

/**
 * The agenda (reorder by drag or Alt+Up/Down) and, for the selected item, its title, presenter and
 * minutes, saved as typed. The follow-up item lists the action items carried forward.
 */
final class AgendaSection {

    private final MeetingEditorViewModel model;
    private final SplitPane split = new SplitPane();
    private final ListView<AgendaItem> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextField presenter = new TextField();
    private final CheckBox standing = new CheckBox();
    private final TextArea minutes = new TextArea();
    private final ListView<ActionItem> followUp = new ListView<>();
    private final VBox editor = new VBox(8);
    private final Autosave titleSave;
    private final Autosave presenterSave;
    private final Autosave minutesSave;
    private UUID shown;

    AgendaSection(MeetingEditorViewModel model) {
        this.model = model;
        Messages m = model.messages();
        list.setId("agenda-list");
        list.setItems(model.agenda());
        list.setCellFactory(v -> cell());
        list.setOnKeyPressed(e -> {
            AgendaItem item = list.getSelectionModel().getSelectedItem();
            if (e.isAltDown() && item != null && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveAgendaItem(item, e.getCode() == KeyCode.UP ? -1 : 1);
                select(item.id());
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        Button add = new Button(m.get("meeting.agenda.add"), new FontIcon(Material2AL.ADD));
        add.setId("agenda-add");
        add.setOnAction(e -> model.addAgendaItem().ifPresent(item -> {
            select(item.id());
            title.requestFocus();
            title.selectAll();
        }));
        Button copy = new Button(m.get("meeting.agenda.fromLast"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("agenda-from-last");
        copy.setOnAction(e -> model.startFromLastAgenda());
        copy.setTooltip(new javafx.scene.control.Tooltip(m.get("meeting.agenda.fromLastTip")));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("agenda-delete");
        delete.setAccessibleText(m.get("meeting.agenda.delete"));
        delete.setTooltip(new javafx.scene.control.Tooltip(m.get("meeting.agenda.delete")));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteAgendaItem(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(m.get("meeting.agenda.reorderHint"));
        hint.getStyleClass().add("text-muted");
        HBox buttons = new HBox(6, add, copy, delete);
        buttons.disableProperty().bind(model.readOnlyProperty());
        VBox left = new VBox(8, buttons, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        title.setId("agenda-title");
        presenter.setId("agenda-presenter");
        minutes.setId("agenda-minutes");
        minutes.setWrapText(true);
        minutes.setPromptText(m.get("meeting.agenda.minutesPrompt"));
        standing.setText(m.get("meeting.agenda.standing"));
        titleSave = Autosave.bind(title, t -> save());
        presenterSave = Autosave.bind(presenter, t -> save());
        minutesSave = Autosave.bind(minutes, t -> save());
        standing.selectedProperty().addListener((o, a, b) -> save());
        followUp.setCellFactory(v -> MeetingCells.listCell(a -> "• " + a.text() + " — "
                + model.organizationAcronym(a.ownerOrganizationId()) + (a.due() == null ? "" : ", " + a.due())
                + " (" + m.get("meeting.actionStatus." + a.status().name()) + ")"));
        followUp.setItems(model.followUp());
        followUp.setPrefHeight(120);
        Label followUpTitle = new Label(m.get("meeting.agenda.followUpList"));
        followUpTitle.getStyleClass().add("section-title");
        VBox followUpBox = new VBox(4, followUpTitle, followUp);
        followUpBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            AgendaItem selected = list.getSelectionModel().getSelectedItem();
            return selected != null && selected.followUp();
        }, list.getSelectionModel().selectedItemProperty()));
        followUpBox.managedProperty().bind(followUpBox.visibleProperty());
        editor.getChildren().addAll(new Label(m.get("meeting.agenda.title")), title,
                new Label(m.get("meeting.agenda.presenter")), presenter, standing, followUpBox,
                new Label(m.get("meeting.agenda.minutes")), minutes);
        VBox.setVgrow(minutes, Priority.ALWAYS);
        editor.setPadding(new Insets(12));
        editor.setDisable(true);
        split.getItems().addAll(left, editor);
        split.setDividerPositions(0.36);
    }

    private ListCell<AgendaItem> cell() {
        ListCell<AgendaItem> cell = new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.position() + ".  " + item.title());
                setGraphic(empty || item == null || !item.standing() ? null : new FontIcon(Material2MZ.PUSH_PIN));
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.getItem() == null || model.readOnlyProperty().get()) {
                return;
            }
            var board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(cell.getItem().id().toString());
            board.setContent(content);
            e.consume();
        });
        cell.setOnDragOver(e -> {
            if (e.getGestureSource() != cell && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        cell.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                UUID moved = UUID.fromString(e.getDragboard().getString());
                List<UUID> order = new ArrayList<>(model.agenda().stream().map(AgendaItem::id).toList());
                int target = cell.isEmpty() ? order.size() - 1 : order.indexOf(cell.getItem().id());
                order.remove(moved);
                order.add(Math.max(0, Math.min(order.size(), target)), moved);
                model.reorderAgenda(order);
                select(moved);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return cell;
    }

    void load() {
        shown = null;
        show(null);
        if (!model.agenda().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void select(UUID id) {
        model.agenda().stream().filter(a -> a.id().equals(id)).findFirst().ifPresent(a -> {
            list.getSelectionModel().select(a);
            list.requestFocus();
        });
    }

    private void show(AgendaItem item) {
        if (item == null && shown != null) {
            // A saved edit replaces the element in the list, which clears the selection: keep editing it.
            int index = indexOfAgendaItem(shown);
            if (index >= 0) {
                list.getSelectionModel().select(index);
                return;
            }
        }
        if (item != null && item.id().equals(shown)) {
            return; // the same item re-saved: keep the cursor where it is
        }
        if (shown != null) {
            titleSave.flush();
            presenterSave.flush();
            minutesSave.flush();
        }
        shown = item == null ? null : item.id();
        editor.setDisable(item == null || model.readOnlyProperty().get());
        titleSave.load(item == null ? "" : item.title());
        presenterSave.load(item == null ? "" : item.presenter());
        minutesSave.load(item == null ? "" : item.minutesText());
        standing.setSelected(item != null && item.standing());
    }

    private void save() {
        if (shown == null) {
            return;
        }
        model.agenda().stream().filter(a -> a.id().equals(shown)).findFirst().ifPresent(item -> {
            if (titleDiffers(item) || !presenter.getText().equals(item.presenter())
                    || !minutes.getText().equals(item.minutesText()) || standing.isSelected() != item.standing()) {
                model.saveAgendaItem(item.withText(title.getText(), presenter.getText(), minutes.getText(),
                        standing.isSelected()));
            }
        });
    }

    private boolean titleDiffers(AgendaItem item) {
        return !title.getText().strip().equals(item.title());
    }

    Node node() {
        return split;
    }

    private int indexOfAgendaItem(UUID id) {
        for (int i = 0; i < model.agenda().size(); i++) {
            if (model.agenda().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
