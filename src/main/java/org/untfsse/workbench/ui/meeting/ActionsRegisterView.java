package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.meeting.ActionEntry;

/** The register of every action item: open and overdue first, by owner organization; mark done. */
final class ActionsRegisterView {

    private final BorderPane root = new BorderPane();

    ActionsRegisterView(Messages m, RegistersViewModel model, Consumer<UUID> open) {
        TableView<ActionEntry> table = new TableView<>(model.actions());
        table.setId("actions-register");
        table.getColumns().add(col(m.get("meeting.column.status"), 110, e -> model.isOverdue(e)
                ? m.get("meeting.register.overdue") : m.get("meeting.actionStatus." + e.action().status().name())));
        table.getColumns().add(col(m.get("meeting.column.owner"), 110, e -> e.ownerPersonName().isEmpty()
                ? e.ownerAcronym() : e.ownerAcronym() + " · " + e.ownerPersonName()));
        table.getColumns().add(col(m.get("meeting.column.action"), 380, e -> e.action().text()));
        table.getColumns().add(col(m.get("meeting.column.due"), 100, e -> e.action().due() == null ? "" : e.action().due().toString()));
        table.getColumns().add(col(m.get("meeting.column.raisedAt"), 170, model::title));
        table.getColumns().add(col(m.get("meeting.column.closedAt"), 170, model::titleOfClosing));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("meeting.register.noActions")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("action-overdue", "action-closed");
                if (!empty && item != null) {
                    if (model.isOverdue(item)) {
                        getStyleClass().add("action-overdue");
                    } else if (!item.action().isOpen()) {
                        getStyleClass().add("action-closed");
                    }
                }
            }
        });
        Button done = new Button(m.get("meeting.register.markDone"), new FontIcon(Material2AL.CHECK));
        done.setId("action-mark-done");
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> model.markDone(table.getSelectionModel().getSelectedItem()));
        Button openButton = new Button(m.get("meeting.register.openMeeting"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(table.getSelectionModel().getSelectedItem().raisedAt().id()));
        CheckBox openOnly = new CheckBox(m.get("meeting.register.openOnly"));
        openOnly.selectedProperty().bindBidirectional(model.openOnlyProperty());
        Label title = new Label(m.get("meeting.tab.actions"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, openOnly, openButton, done);
        bar.getStyleClass().add("page-header");
        root.setTop(bar);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
    }

    private static TableColumn<ActionEntry, String> col(String title, double width, Function<ActionEntry, String> value) {
        TableColumn<ActionEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        return c;
    }

    Node node() {
        return root;
    }
}
