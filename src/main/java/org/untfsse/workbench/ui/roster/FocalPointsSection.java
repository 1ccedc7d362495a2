package org.untfsse.workbench.ui.roster;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Person;

/** The selected organization's focal points, past ones included (greyed), with add, edit and "Deactivate…". */
final class FocalPointsSection extends VBox {

    FocalPointsSection(OrganizationDetailsViewModel model, RosterDialogs dialogs) {
        Messages m = model.messages();
        Label title = new Label(m.get("roster.people.title"));
        title.getStyleClass().add("section-title");
        TableView<Person> table = new TableView<>(model.people());
        table.setId("people-table");
        Button add = new Button(m.get("roster.person.add"));
        add.setId("person-add");
        add.setOnAction(e -> dialogs.editPerson(getScene().getWindow(), model.newPerson(), true));
        Button edit = new Button(m.get("roster.person.edit"));
        edit.setId("person-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> dialogs.editPerson(getScene().getWindow(), table.getSelectionModel().getSelectedItem(), false));
        Button deactivate = new Button(m.get("roster.deactivate.button"));
        deactivate.setId("person-deactivate");
        deactivate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Person p = table.getSelectionModel().getSelectedItem();
            return p == null || p.activeTo() != null;
        }, table.getSelectionModel().selectedItemProperty()));
        deactivate.setOnAction(e -> dialogs.deactivate(getScene().getWindow(), table.getSelectionModel().getSelectedItem()));
        HBox actions = RosterCells.actions(add, edit, deactivate);

        // Seven columns do not fit the narrow half of the window: they keep their widths and scroll sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(m.get("roster.field.personName"), 140, Person::name));
        table.getColumns().add(column(m.get("roster.field.title"), 120, Person::title));
        table.getColumns().add(column(m.get("roster.field.email"), 150, Person::email));
        table.getColumns().add(column(m.get("roster.field.phone"), 100, Person::phone));
        table.getColumns().add(column(m.get("roster.field.role"), 90, p -> m.get("roster.role." + p.role().name())));
        table.getColumns().add(column(m.get("roster.field.activeFrom"), 90, p -> RosterCells.date(p.activeFrom())));
        table.getColumns().add(column(m.get("roster.field.activeTo"), 90, p -> RosterCells.date(p.activeTo())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Person person, boolean empty) {
                super.updateItem(person, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("inactive"),
                        !empty && person != null && person.activeTo() != null);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                dialogs.editPerson(getScene().getWindow(), table.getSelectionModel().getSelectedItem(), false);
            }
        });
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.size(model.people()).multiply(28).add(48).map(h -> Math.max(h.doubleValue(), 92)));
        Label empty = new Label(m.get("roster.people.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        setSpacing(6);
        getChildren().addAll(title, actions, table);
    }

    private static TableColumn<Person, String> column(String title, double width, Function<Person, String> text) {
        TableColumn<Person, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
