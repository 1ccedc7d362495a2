package org.untfsse.workbench.ui.roster;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;

/** The left half of the Rosters view: title and actions, the filters, and the organizations table. */
final class OrganizationListView extends VBox {

    private final TextField filter = new TextField();
    final Button addButton;
    final Button importButton;
    final Button emailsButton;

    OrganizationListView(RosterViewModel model) {
        Messages m = model.messages();
        getStyleClass().add("roster-list");
        Label title = new Label(m.get("page.rosters"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        importButton = new Button(m.get("roster.import.button"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("roster-import");
        addButton = new Button(m.get("roster.add.button"), new FontIcon(Material2AL.ADD));
        addButton.setId("roster-add");
        addButton.getStyleClass().add("accent");
        addButton.setTooltip(new Tooltip(m.get("roster.add.tooltip")));
        emailsButton = new Button(m.get("roster.emails.button"), new FontIcon(Material2AL.EMAIL));
        emailsButton.setId("roster-emails");
        emailsButton.setTooltip(new Tooltip(m.get("roster.emails.tooltip")));
        emailsButton.setVisible(false);
        emailsButton.managedProperty().bind(emailsButton.visibleProperty());
        // The buttons keep their whole text and wrap onto a second line when the window is narrow,
        // the language long (Arabic, French) or the text large, instead of being cut off.
        for (Button b : java.util.List.of(emailsButton, importButton, addButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, emailsButton, importButton, addButton);
        buttons.setId("roster-header-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(0);
        buttons.setPrefWrapLength(0);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        HBox header = new HBox(8, title, buttons);
        header.setAlignment(Pos.CENTER_LEFT);

        filter.setId("roster-filter");
        filter.setPromptText(m.get("roster.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<RosterFilter> status = new ComboBox<>(FXCollections.observableArrayList(RosterFilter.values()));
        status.setId("roster-status-filter");
        status.setConverter(RosterCells.converter(f -> m.get("roster.filter." + f.name())));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        Label asOfLabel = new Label(m.get("common.asOf"));
        DatePicker asOf = new DatePicker();
        asOf.setId("roster-as-of");
        asOf.setConverter(RosterCells.isoDates());
        asOf.setEditable(true);
        asOf.setStyle("-fx-pref-width: 10.7em; -fx-min-width: 10.7em;"); // 150 px at 100 %, scales with the text size
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        HBox filters = new HBox(8, new FontIcon(Material2MZ.SEARCH), filter, status, asOfLabel, asOf);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<RosterEntry> table = table(m, model);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(10);
        getChildren().addAll(header, filters, table);
    }

    private static TableView<RosterEntry> table(Messages m, RosterViewModel model) {
        TableView<RosterEntry> table = new TableView<>(model.entries());
        table.setId("roster-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<RosterEntry, String> acronym = column(m.get("roster.column.acronym"), 128,
                e -> e.organization().acronym());
        TableColumn<RosterEntry, String> name = column(m.get("roster.column.name"), 300, e -> e.organization().name());
        TableColumn<RosterEntry, String> kind = column(m.get("roster.field.kind"), 90,
                e -> m.get("roster.kindShort." + e.organization().kind().name()));
        TableColumn<RosterEntry, String> status = column(m.get("roster.column.status"), 96,
                e -> e.status() == null ? m.get("common.none") : m.get("roster.status." + e.status().name()));
        TableColumn<RosterEntry, Number> people = new TableColumn<>(m.get("roster.column.focalPointsShort"));
        people.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activeFocalPoints()));
        people.setPrefWidth(70);
        people.setStyle("-fx-alignment: CENTER-RIGHT;");
        Label peopleHeader = new Label(m.get("roster.column.focalPointsShort"));
        // Wide enough for its heading in every language and text size (Arabic's is a whole word).
        javafx.scene.text.Text measure = new javafx.scene.text.Text(peopleHeader.getText());
        measure.fontProperty().bind(peopleHeader.fontProperty());
        people.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(60, measure.getLayoutBounds().getWidth() + 44), measure.layoutBoundsProperty()));
        peopleHeader.setTooltip(new Tooltip(m.get("roster.column.focalPointsTooltip")));
        people.setText("");
        people.setGraphic(peopleHeader);
        table.getColumns().setAll(java.util.List.of(acronym, name, kind, status, people));
        Label empty = new Label();
        empty.setId("roster-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        // Replacing the rows drops the table's selection: put it back on the same organization.
        model.entries().addListener((javafx.collections.ListChangeListener<RosterEntry>) change -> {
            RosterEntry kept = model.selectedProperty().get();
            for (int i = 0; kept != null && i < model.entries().size(); i++) {
                if (model.entries().get(i).organization().id().equals(kept.organization().id())) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });
        return table;
    }

    private static TableColumn<RosterEntry, String> column(String title, double width,
                                                           java.util.function.Function<RosterEntry, String> text) {
        TableColumn<RosterEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        // Short columns keep their width; the full name gives way (and shows an ellipsis) first.
        column.setMinWidth(width > 200 ? 120 : width);
        return column;
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}
