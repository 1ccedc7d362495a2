package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.service.meeting.DecisionEntry;
import org.untfsse.workbench.service.meeting.minutes.MinutesMarkup;

/** The register of every decision: search its text, filter by year and outcome, open its meeting. */
final class DecisionsRegisterView {

    private final BorderPane root = new BorderPane();

    DecisionsRegisterView(Messages m, RegistersViewModel model, Consumer<UUID> open) {
        TextField search = new TextField();
        search.setId("decision-search");
        search.setPromptText(m.get("meeting.register.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setPromptText(m.get("meeting.register.allYears"));
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<DecisionOutcome> outcome = new ComboBox<>();
        outcome.getItems().add(null);
        outcome.getItems().addAll(DecisionOutcome.values());
        Function<DecisionOutcome, String> label = o -> o == null ? m.get("meeting.register.allOutcomes")
                : m.get("meeting.outcome." + o.name());
        outcome.setButtonCell(MeetingCells.listCell(label));
        outcome.setCellFactory(v -> MeetingCells.listCell(label));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        Button clear = new Button(m.get("meeting.register.clear"));
        clear.setOnAction(e -> {
            model.searchProperty().set("");
            model.yearProperty().set(null);
            model.outcomeProperty().set(null);
        });
        TableView<DecisionEntry> table = new TableView<>();
        table.setId("decisions-register");
        SortedList<DecisionEntry> sorted = new SortedList<>(model.decisions());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(col(m.get("meeting.column.decisionNumber"), 100, e -> e.decision().number()));
        table.getColumns().add(col(m.get("meeting.column.date"), 95, e -> e.meeting().start().toString()));
        table.getColumns().add(col(m.get("meeting.column.meeting"), 190, model::title));
        table.getColumns().add(col(m.get("meeting.column.outcome"), 170, e -> m.get("meeting.outcome." + e.decision().outcome().name())));
        table.getColumns().add(col(m.get("meeting.column.decisionText"), 420, e -> MinutesMarkup.plain(e.decision().text())
                + (e.reservations().isEmpty() ? "" : "  " + m.get("meeting.register.reservations", e.reservations().size()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("meeting.register.noDecisions")));
        Button openButton = new Button(m.get("meeting.register.openMeeting"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        openButton.setId("decision-open-meeting");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(table.getSelectionModel().getSelectedItem().meeting().id()));
        table.setRowFactory(t -> {
            TableRow<DecisionEntry> row = new TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null
                    : new javafx.scene.control.Tooltip(b.decision().number() + "\n" + b.decision().text())));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().meeting().id());
                }
            });
            return row;
        });
        Label title = new Label(m.get("meeting.tab.decisions"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox bar = new HBox(10, title, spacer, search, year, outcome, clear, openButton);
        bar.getStyleClass().add("page-header");
        root.setTop(bar);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
    }

    private static TableColumn<DecisionEntry, String> col(String title, double width, Function<DecisionEntry, String> value) {
        TableColumn<DecisionEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        return c;
    }

    Node node() {
        return root;
    }
}
