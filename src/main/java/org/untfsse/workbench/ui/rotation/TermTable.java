package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.rotation.TermEntry;

/** Every term in a sortable table, filtered by the view's filter box; Enter or a double click edits. */
final class TermTable {

    private final TableView<TermEntry> table = new TableView<>();

    TermTable(RotationViewModel vm, Messages m, Consumer<TermEntry> edit) {
        table.setId("rotation-table");
        SortedList<TermEntry> sorted = new SortedList<>(vm.filteredEntries());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(m.get("rotation.view.noTerms")));
        TableColumn<TermEntry, String> office = column(m.get("rotation.column.office"), e -> vm.label(e.office()));
        office.setComparator(Comparator.naturalOrder());
        TableColumn<TermEntry, String> org = column(m.get("rotation.column.organization"), TermEntry::acronym);
        TableColumn<TermEntry, String> person = column(m.get("rotation.column.person"), TermEntry::person);
        TableColumn<TermEntry, LocalDate> start = column(m.get("rotation.column.start"), e -> e.term().start());
        TableColumn<TermEntry, LocalDate> end = column(m.get("rotation.column.end"), e -> e.term().end());
        end.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("rotation.view.current") : item.toString());
            }
        });
        end.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<TermEntry, String> notes = column(m.get("rotation.column.notes"), e -> e.term().notes());
        office.setPrefWidth(120);
        org.setPrefWidth(125);
        person.setPrefWidth(200);
        start.setPrefWidth(110);
        end.setPrefWidth(110);
        notes.setPrefWidth(420);
        table.getColumns().addAll(java.util.List.of(office, org, person, start, end, notes));
        MenuItem editItem = new MenuItem(m.get("rotation.view.edit"));
        editItem.setOnAction(e -> selected().ifPresent(edit));
        MenuItem delete = new MenuItem(m.get("rotation.view.delete"));
        delete.setOnAction(e -> selected().ifPresent(vm::delete));
        table.setContextMenu(new ContextMenu(editItem, delete));
        table.setRowFactory(t -> {
            TableRow<TermEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(edit);
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(vm::delete);
            }
        });
    }

    Node node() {
        return table;
    }

    private java.util.Optional<TermEntry> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static <T> TableColumn<TermEntry, T> column(String title, Function<TermEntry, T> value) {
        TableColumn<TermEntry, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
