package org.untfsse.workbench.ui.rotation;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.rotation.TermEntry;
import org.untfsse.workbench.ui.common.WorkbenchPage;
import org.untfsse.workbench.ui.common.IsoDates;

/**
 * The rotation page: who holds each office as of a date, the timeline, the table of every term
 * and the upcoming handovers. It only binds; {@link RotationViewModel} does the work.
 */
public final class RotationView implements WorkbenchPage {

    private final RotationViewModel vm;
    private final Messages m;
    private final Runnable exportCalendar;
    private final BorderPane root = new BorderPane();
    private final TextField filter = new TextField();
    private final TimelineChart timeline;

    public RotationView(RotationViewModel vm, Messages messages, Runnable exportCalendar) {
        this.vm = vm;
        this.m = messages;
        this.exportCalendar = exportCalendar;
        this.timeline = new TimelineChart(new TimelineModel(vm, messages));
        timeline.setOnEdit(term -> vm.entries().stream().filter(e -> e.term().id().equals(term.id())).findFirst()
                .ifPresent(this::edit));
        root.getStyleClass().add("rotation-page");
        root.setId("rotation-page");
        root.setTop(new VBox(header(), holders(), toolbar()));
        root.setCenter(body());
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
        filter.requestFocus();
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    private Node header() {
        Label title = new Label(m.get("rotation.view.title"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        DatePicker asOf = new DatePicker();
        IsoDates.apply(asOf);
        asOf.setId("rotation-as-of");
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        asOf.setPrefWidth(150);
        asOf.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        Button today = new Button(m.get("rotation.view.today"));
        today.setOnAction(e -> vm.asOfProperty().set(vm.today()));
        HBox box = new HBox(8, title, spacer, new Label(m.get("rotation.view.asOf")), asOf, today);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("page-header");
        return box;
    }

    private Node holders() {
        FlowPane pane = new FlowPane(10, 6);
        pane.setId("rotation-holders");
        pane.getStyleClass().add("rotation-holders");
        Runnable fill = () -> pane.getChildren().setAll(vm.holders().stream().map(line -> {
            Label office = new Label(line.office());
            office.getStyleClass().add("rotation-holder-office");
            Label who = new Label(line.holders());
            who.getStyleClass().add(line.vacant() ? "rotation-holder-vacant" : "rotation-holder-name");
            VBox chip = new VBox(1, office, who);
            chip.getStyleClass().add("rotation-holder");
            return (Node) chip;
        }).toList());
        vm.holders().addListener((ListChangeListener<HolderLine>) c -> fill.run());
        fill.run();
        return pane;
    }

    private Node toolbar() {
        Button add = new Button(m.get("rotation.view.addTerm"), new FontIcon(Material2AL.ADD));
        add.setId("rotation-add");
        add.setOnAction(e -> edit(null));
        Button office = new Button(m.get("rotation.view.addOffice"));
        office.setOnAction(e -> new OfficeDialog(vm, m, root.getScene().getWindow()).showAndWait());
        Button plan = new Button(m.get("rotation.view.plan"), new FontIcon(Material2MZ.TIMELINE));
        plan.setId("rotation-plan");
        plan.setOnAction(e -> new PlanDialog(vm, m, root.getScene().getWindow()).show());
        Button export = new Button(m.get("rotation.view.export"), new FontIcon(Material2AL.EVENT));
        export.setOnAction(e -> exportCalendar.run());
        ToggleGroup zoom = new ToggleGroup();
        ToggleButton years = zoomButton(zoom, "rotation.view.zoomYears", TimelineZoom.YEARS);
        ToggleButton quarters = zoomButton(zoom, "rotation.view.zoomQuarters", TimelineZoom.QUARTERS);
        years.getStyleClass().add("left-pill");
        quarters.getStyleClass().add("right-pill");
        zoom.selectToggle(vm.zoomProperty().get() == TimelineZoom.YEARS ? years : quarters);
        filter.setId("rotation-filter");
        filter.setPromptText(m.get("rotation.view.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        Label message = new Label();
        message.setId("rotation-message");
        message.getStyleClass().add("rotation-message");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, plan, office, export, message, spacer, new HBox(years, quarters), filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("rotation-toolbar");
        return bar;
    }

    private ToggleButton zoomButton(ToggleGroup group, String key, TimelineZoom value) {
        ToggleButton button = new ToggleButton(m.get(key));
        button.setId("zoom-" + value.name().toLowerCase(java.util.Locale.ROOT));
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            vm.zoomProperty().set(value);
            if (!button.isSelected()) {
                button.setSelected(true);
            }
        });
        return button;
    }

    private Node body() {
        ScrollPane scroll = new ScrollPane(timeline);
        scroll.getStyleClass().add("rotation-timeline-scroll");
        scroll.fitToWidthProperty().bind(vm.zoomProperty().isEqualTo(TimelineZoom.YEARS));
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        // The whole timeline stays in view (plus room for the sideways scroll bar when zoomed in).
        Runnable fitHeight = () -> scroll.setPrefViewportHeight(timeline.prefHeight(-1) + 14);
        vm.offices().addListener((ListChangeListener<Object>) c -> fitHeight.run());
        fitHeight.run();
        TermTable table = new TermTable(vm, m, this::edit);
        Label upcomingTitle = new Label(m.get("rotation.view.upcoming"));
        upcomingTitle.getStyleClass().add("section-title");
        upcomingTitle.setWrapText(true);
        upcomingTitle.setMinHeight(Region.USE_PREF_SIZE);
        ListView<String> upcoming = new ListView<>(vm.upcoming());
        upcoming.setId("rotation-upcoming");
        Label none = new Label(m.get("rotation.view.noUpcoming"));
        none.setWrapText(true);
        none.getStyleClass().add("text-muted");
        upcoming.setPlaceholder(none);
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        VBox side = new VBox(6, upcomingTitle, upcoming);
        side.setPrefWidth(340);
        side.setMinWidth(260);
        HBox.setHgrow(table.node(), Priority.ALWAYS);
        HBox lower = new HBox(10, table.node(), side);
        lower.getStyleClass().add("rotation-lower");
        VBox.setVgrow(lower, Priority.ALWAYS);
        return new VBox(scroll, lower);
    }

    private void edit(TermEntry entry) {
        new TermDialog(vm, m, entry, root.getScene().getWindow()).showAndWait();
    }
}
