package org.untfsse.workbench.ui.archive;

import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.ui.common.WorkbenchPage;

/** The Archive page: one search box, filters, ranked results with snippets, and the selected document's details. */
public final class ArchiveView implements WorkbenchPage {

    private final ArchiveViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<SearchHit> table = new TableView<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    public ArchiveView(ArchiveViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("archive-view");
        root.getStyleClass().add("archive-view");
        root.setTop(new VBox(header(), searchBar(), filterBar()));
        // The details grew with the links to meetings and decisions: they scroll rather than squeeze.
        javafx.scene.control.ScrollPane details = new javafx.scene.control.ScrollPane(new DocumentDetailsPane(vm));
        details.setFitToWidth(true);
        details.setId("archive-details-scroll");
        SplitPane split = new SplitPane(resultsArea(), details);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        root.setCenter(split);
        installDragAndDrop();
    }

    private Node header() {
        Label title = new Label(m.get("page.archive"));
        title.getStyleClass().add("page-title");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(m.get("archive.button.addFiles"), new FontIcon(Material2AL.ATTACH_FILE));
        add.setId("archive-add-files");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.chooseAndAddFiles());
        Button record = new Button(m.get("archive.button.addRecord"), new FontIcon(Material2AL.ADD));
        record.setId("archive-new-record");
        record.setOnAction(e -> vm.newRecord());
        Button export = new Button(m.get("archive.button.export"), new FontIcon(Material2AL.FOLDER));
        export.setId("archive-export");
        export.setOnAction(e -> vm.export(table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(SearchHit::id).toList()));
        HBox box = new HBox(8, title, spacer, record, add, export);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("page-header");
        return box;
    }

    private Node searchBar() {
        search.setId("archive-search");
        search.setPromptText(m.get("archive.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        debounce.setOnFinished(e -> vm.search());
        search.setOnAction(e -> {
            debounce.stop();
            vm.search();
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<SavedSearch> saved = new ComboBox<>(vm.savedSearches());
        saved.setId("archive-saved-searches");
        saved.setPromptText(m.get("archive.saved.prompt"));
        saved.setOnAction(e -> vm.apply(saved.getValue()));
        Button save = new Button(null, new FontIcon(Material2MZ.STAR_BORDER));
        save.setId("archive-save-search");
        save.setTooltip(new javafx.scene.control.Tooltip(m.get("archive.saved.save")));
        save.setAccessibleText(m.get("archive.saved.save"));
        save.setOnAction(e -> vm.saveCurrentSearch());
        Button forget = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        forget.setId("archive-forget-search");
        forget.setTooltip(new javafx.scene.control.Tooltip(m.get("archive.saved.delete")));
        forget.setAccessibleText(m.get("archive.saved.delete"));
        forget.disableProperty().bind(saved.valueProperty().isNull());
        forget.setOnAction(e -> {
            vm.deleteSavedSearch(saved.getValue());
            saved.setValue(null);
        });
        Label problem = new Label();
        problem.setId("archive-query-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.queryProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.setWrapText(true);
        HBox row = new HBox(8, search, saved, save, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, row, problem);
        box.setPadding(new Insets(0, 16, 6, 16));
        return box;
    }

    private Node filterBar() {
        ComboBox<DocumentKind> kind = combo("archive.filter.kind", FXCollections.observableArrayList(DocumentKind.values()),
                k -> m.get("archive.kind." + k));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Integer> year = combo("archive.filter.year", vm.years(), String::valueOf);
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<Organization> org = combo("archive.filter.organization", vm.organizations(), Organization::acronym);
        org.setPrefWidth(165);
        org.valueProperty().bindBidirectional(vm.organizationProperty());
        ComboBox<String> tag = combo("archive.filter.tag", vm.tags(), t -> t);
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        ComboBox<String> language = combo("archive.filter.language", vm.languages(), l -> l);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<SearchSort> sort = new ComboBox<>(FXCollections.observableArrayList(SearchSort.values()));
        sort.setId("archive-sort");
        sort.setConverter(DocumentDetailsPane.converter(s -> m.get("archive.sort." + s)));
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        for (ComboBox<?> c : List.of(kind, year, org, tag, language, sort)) {
            c.setOnAction(e -> vm.search());
        }
        Button clear = new Button(m.get("archive.filter.clear"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label sortLabel = new Label(m.get("archive.sort.label"));
        HBox box = new HBox(8, kind, year, org, tag, language, clear, spacer, sortLabel, sort);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 16, 8, 16));
        return box;
    }

    private <T> ComboBox<T> combo(String promptKey, ObservableList<T> items, java.util.function.Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setPromptText(m.get(promptKey));
        c.setConverter(DocumentDetailsPane.converter(text));
        c.setPrefWidth(130);
        return c;
    }

    private Node resultsArea() {
        table.setId("archive-results");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<SearchHit, SearchHit> main = new TableColumn<>(m.get("archive.column.match"));
        main.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        main.setCellFactory(c -> new SnippetCell());
        main.setPrefWidth(520);
        main.setSortable(false);
        TableColumn<SearchHit, String> kind = textColumn("archive.column.kind", h -> m.get("archive.kind." + h.kind()), 118);
        TableColumn<SearchHit, String> symbol = textColumn("archive.column.symbol", SearchHit::symbol, 128);
        TableColumn<SearchHit, String> date = textColumn("archive.column.date",
                h -> h.date() == null ? "" : h.date().toString(), 100);
        table.getColumns().setAll(List.of(main, kind, symbol, date));
        vm.resultsProperty().addListener((obs, old, rows) -> table.setItems(FXCollections.observableList(rows)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> {
            if (table.getSelectionModel().getSelectedIndices().size() <= 1) {
                vm.select(hit);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSelected();
            }
        });
        Label noMatch = new Label(m.get("archive.empty.noMatch"));
        noMatch.setWrapText(true);
        noMatch.getStyleClass().add("empty-state");
        table.setPlaceholder(noMatch);
        StackPane stack = new StackPane(table, emptyState());
        return stack;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2AL.LIBRARY_BOOKS);
        icon.setIconSize(48);
        icon.getStyleClass().add("placeholder-icon");
        Label heading = new Label(m.get("archive.empty.title"));
        heading.getStyleClass().add("title-2");
        Label text = new Label(m.get("archive.empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("text-muted");
        Button add = new Button(m.get("archive.button.addFiles"));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.chooseAndAddFiles());
        VBox box = new VBox(12, icon, heading, text, add);
        box.setId("archive-empty");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("archive-empty");
        box.visibleProperty().bind(vm.archiveEmptyProperty());
        return box;
    }

    private TableColumn<SearchHit, String> textColumn(String key, java.util.function.Function<SearchHit, String> value,
                                                      double width) {
        TableColumn<SearchHit, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setMaxWidth(width * 1.6);
        c.setSortable(false);
        return c;
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                root.getStyleClass().add("archive-drop-target");
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("archive-drop-target"));
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty statusText() {
        return vm.statusProperty();
    }

    @Override
    public void focusFilter() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void refresh() {
        vm.refresh();
    }
}
