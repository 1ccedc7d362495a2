package org.untfsse.workbench.ui.roster;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Membership;

/** The membership history of the selected organization, oldest first, with "Change status…" and "End membership…". */
final class MembershipSection extends VBox {

    MembershipSection(OrganizationDetailsViewModel model, RosterDialogs dialogs) {
        Messages m = model.messages();
        Label title = new Label(m.get("roster.history.title"));
        title.getStyleClass().add("section-title");
        Button change = new Button(m.get("roster.changeStatus.button"));
        change.setId("membership-change");
        change.setOnAction(e -> dialogs.changeStatus(getScene().getWindow()));
        Button end = new Button(m.get("roster.endMembership.button"));
        end.setId("membership-end");
        end.setOnAction(e -> dialogs.endMembership(getScene().getWindow()));
        end.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasOpenPeriod(), model.memberships()));
        HBox actions = RosterCells.actions(change, end);

        TableView<Membership> table = new TableView<>(model.memberships());
        table.setId("membership-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("roster.column.status"), p -> m.get("roster.status." + p.status().name())));
        table.getColumns().add(column(m.get("roster.field.from"), p -> RosterCells.date(p.from())));
        table.getColumns().add(column(m.get("roster.field.until"),
                p -> p.to() == null ? m.get("roster.history.current") : RosterCells.date(p.to())));
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.size(model.memberships()).multiply(28).add(34).map(h -> Math.max(h.doubleValue(), 92)));
        Label empty = new Label(m.get("roster.history.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        setSpacing(6);
        getChildren().addAll(title, actions, table);
    }

    private static TableColumn<Membership, String> column(String title, java.util.function.Function<Membership, String> text) {
        TableColumn<Membership, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
