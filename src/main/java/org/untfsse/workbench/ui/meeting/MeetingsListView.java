package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.meeting.MeetingSummary;

/** The list of meetings: sortable, filterable, with the interval since the previous regular meeting. */
final class MeetingsListView {

    private final BorderPane root = new BorderPane();
    private final TextField filter = new TextField();

    MeetingsListView(Messages m, MeetingsViewModel model, Consumer<UUID> open) {
        filter.setPromptText(m.get("meeting.list.filter"));
        filter.setId("meeting-filter");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().add(null);
        kind.getItems().addAll(MeetingKind.values());
        kind.setPromptText(m.get("meeting.list.allKinds"));
        kind.setButtonCell(MeetingCells.listCell(k -> k == null ? m.get("meeting.list.allKinds") : m.get("meeting.kind." + k.name())));
        kind.setCellFactory(v -> MeetingCells.listCell(k -> k == null ? m.get("meeting.list.allKinds") : m.get("meeting.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        kind.setStyle("-fx-pref-width: 10em;"); // scales with the text size
        filter.setPrefColumnCount(22);
        MenuButton add = new MenuButton(m.get("meeting.list.new"), new FontIcon(Material2AL.ADD));
        add.setId("meeting-new");
        add.getStyleClass().add("accent");
        for (MeetingKind k : MeetingKind.values()) {
            MenuItem item = new MenuItem(m.get("meeting.kind." + k.name()));
            item.setId("meeting-new-" + k.name());
            item.setOnAction(e -> open.accept(model.createMeeting(k).id()));
            add.getItems().add(item);
        }
        Button ics = new Button(m.get("meeting.ics.button"), new FontIcon(Material2AL.EVENT));
        ics.setOnAction(e -> model.exportCalendar());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label(m.get("page.meetings"));
        title.getStyleClass().add("page-title");
        // At large text sizes the filter gives way first; the title and buttons are never cut off.
        for (javafx.scene.control.Control c : java.util.List.of(title, ics, add, kind)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        filter.setMinWidth(100);
        HBox bar = new HBox(10, title, spacer, filter, kind, ics, add);
        bar.getStyleClass().add("page-header");
        Label suggestion = new Label();
        suggestion.setId("meeting-suggestion");
        suggestion.getStyleClass().add("meeting-suggestion");
        suggestion.setWrapText(true);
        suggestion.textProperty().bind(model.suggestionProperty());

        TableView<MeetingSummary> table = new TableView<>();
        table.setId("meetings-table");
        SortedList<MeetingSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column(m.get("meeting.column.number"), 60, s -> s.meeting().number()));
        TableColumn<MeetingSummary, String> titleCol = column(m.get("meeting.column.title"), 260, MeetingSummary::displayTitle);
        table.getColumns().add(titleCol);
        table.getColumns().add(column(m.get("meeting.column.kind"), 170, s -> m.get("meeting.kind." + s.meeting().kind().name())));
        table.getColumns().add(column(m.get("meeting.column.date"), 180, s -> s.meeting().end().equals(s.meeting().start())
                ? s.meeting().start().toString() : s.meeting().start() + " – " + s.meeting().end()));
        table.getColumns().add(column(m.get("meeting.column.place"), 150, s -> s.meeting().virtual()
                ? (s.meeting().place().isEmpty() ? m.get("meeting.virtual") : s.meeting().place() + " · " + m.get("meeting.virtual"))
                : s.meeting().place()));
        table.getColumns().add(column(m.get("meeting.column.minutes"), 100,
                s -> m.get("meeting.minutesStatus." + s.meeting().minutesStatus().name())));
        TableColumn<MeetingSummary, Long> gap = new TableColumn<>(m.get("meeting.column.interval"));
        gap.setPrefWidth(200);
        gap.setMinWidth(190); // "94 days (> 3 months)" with its icon, in every language
        gap.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().interval() == null ? null : c.getValue().interval().days()));
        gap.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long days, boolean empty) {
                super.updateItem(days, empty);
                getStyleClass().remove("cadence-flag");
                MeetingSummary s = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || days == null || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean tooLong = s.interval().tooLong();
                setText(m.get(tooLong ? "meeting.list.intervalTooLong" : "meeting.list.interval", days));
                setGraphic(tooLong ? new FontIcon(Material2AL.ERROR_OUTLINE) : null);
                if (tooLong) {
                    getStyleClass().add("cadence-flag");
                }
            }
        });
        table.getColumns().add(gap);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("meeting.list.empty")));
        table.setRowFactory(t -> {
            TableRow<MeetingSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().meeting().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().meeting().id());
            }
        });
        VBox top = new VBox(bar, suggestion);
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
    }

    static <T> TableColumn<MeetingSummary, T> column(String title, double width,
                                                    java.util.function.Function<MeetingSummary, T> value) {
        TableColumn<MeetingSummary, T> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new SimpleObjectProperty<>(value.apply(c.getValue())));
        return col;
    }

    void focusFilter() {
        filter.requestFocus();
    }

    Node node() {
        return root;
    }

}
