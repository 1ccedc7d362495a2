package org.untfsse.workbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip at the bottom of the window: the current page's summary, and background work with its progress. */
public final class StatusBar extends HBox {

    private final Label pageText = new Label();

    public StatusBar(FxTaskRunner tasks) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        pageText.setId("status-page-text");
        Label taskText = new Label();
        taskText.setId("status-task-text");
        taskText.textProperty().bind(tasks.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(tasks.progressProperty());
        bar.visibleProperty().bind(tasks.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(pageText, spacer, taskText, bar);
    }

    public void showPageText(ObservableStringValue text) {
        pageText.textProperty().unbind();
        pageText.textProperty().bind(Bindings.createStringBinding(text::get, text));
    }
}
