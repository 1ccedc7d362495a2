package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.ui.common.IsoDates;

/** Action items raised at this meeting: text, owner organization, due date and status, saved as typed. */
final class ActionsSection {

    private final MeetingEditorViewModel model;
    private final VBox box = new VBox(10);
    private final TableView<ActionItem> table = new TableView<>();
    private final TextField text = new TextField();
    private final ComboBox<Organization> owner = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final GridPane form = new GridPane();
    private final Autosave textSave;
    private UUID shown;
    private boolean loading;

    ActionsSection(MeetingEditorViewModel model) {
        IsoDates.apply(due);
        this.model = model;
        Messages m = model.messages();
        table.setId("action-table");
        table.setItems(model.actions());
        table.getColumns().add(col(m.get("meeting.column.action"), 420, ActionItem::text));
        table.getColumns().add(col(m.get("meeting.column.owner"), 110, a -> model.organizationAcronym(a.ownerOrganizationId())));
        table.getColumns().add(col(m.get("meeting.column.due"), 110, a -> a.due() == null ? "" : a.due().toString()));
        table.getColumns().add(col(m.get("meeting.column.status"), 100, a -> m.get("meeting.actionStatus." + a.status().name())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("meeting.action.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        Button add = new Button(m.get("meeting.action.add"), new FontIcon(Material2AL.ADD));
        add.setId("action-add");
        add.disableProperty().bind(model.readOnlyProperty());
        add.setOnAction(e -> model.addAction().ifPresent(a -> {
            table.getSelectionModel().select(model.actions().stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null));
            text.requestFocus();
        }));
        text.setId("action-text");
        owner.setId("action-owner");
        owner.setItems(model.organizations());
        owner.setConverter(MeetingCells.converter(o -> o == null ? "" : o.acronym()));
        due.setId("action-due");
        status.setId("action-status");
        status.getItems().setAll(ActionStatus.values());
        status.setConverter(MeetingCells.converter(s -> s == null ? "" : m.get("meeting.actionStatus." + s.name())));
        textSave = Autosave.bind(text, t -> save());
        owner.valueProperty().addListener((o, a, b) -> save());
        due.valueProperty().addListener((o, a, b) -> save());
        status.valueProperty().addListener((o, a, b) -> {
            ActionItem current = current();
            if (!loading && current != null && b != null && b != current.status()) {
                model.setActionStatus(current, b);
            }
        });
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("meeting.column.action")), text);
        form.addRow(1, new Label(m.get("meeting.column.owner")), owner);
        form.addRow(2, new Label(m.get("meeting.column.due")), due);
        form.addRow(3, new Label(m.get("meeting.column.status")), status);
        GridPane.setHgrow(text, Priority.ALWAYS);
        form.setDisable(true);
        box.getChildren().addAll(new HBox(6, add), table, form);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
    }

    private static TableColumn<ActionItem, String> col(String title, double width, java.util.function.Function<ActionItem, String> f) {
        TableColumn<ActionItem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleStringProperty(f.apply(x.getValue())));
        return c;
    }

    void load() {
        shown = null;
        show(null);
    }

    private ActionItem current() {
        return model.actions().stream().filter(a -> a.id().equals(shown)).findFirst().orElse(null);
    }

    private void show(ActionItem a) {
        if (a == null && shown != null) {
            // A saved edit replaces the element in the list, which clears the selection: keep editing it.
            int index = indexOfActionItem(shown);
            if (index >= 0) {
                table.getSelectionModel().select(index);
                return;
            }
        }
        if (a != null && a.id().equals(shown)) {
            loading = true;
            status.setValue(a.status());
            loading = false;
            return;
        }
        if (shown != null) {
            textSave.flush();
        }
        loading = true;
        try {
            shown = a == null ? null : a.id();
            form.setDisable(a == null);
            text.setDisable(model.readOnlyProperty().get());
            owner.setDisable(model.readOnlyProperty().get());
            due.setDisable(model.readOnlyProperty().get());
            textSave.load(a == null ? "" : a.text());
            owner.setValue(a == null ? null : model.organizations().stream()
                    .filter(o -> o.id().equals(a.ownerOrganizationId())).findFirst().orElse(null));
            due.setValue(a == null ? null : a.due());
            status.setValue(a == null ? null : a.status());
        } finally {
            loading = false;
        }
    }

    private void save() {
        ActionItem a = current();
        if (loading || a == null || model.readOnlyProperty().get()) {
            return;
        }
        model.saveAction(a.withContent(text.getText(), owner.getValue() == null ? null : owner.getValue().id(), null,
                due.getValue()));
    }

    Node node() {
        return box;
    }

    private int indexOfActionItem(UUID id) {
        for (int i = 0; i < model.actions().size(); i++) {
            if (model.actions().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
