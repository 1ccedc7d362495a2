package org.untfsse.workbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.service.common.Problem;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Window owner;
    private final UiSettings settings;
    private Path lastFolder;

    public FxDialogService(Messages messages, Window owner, UiSettings settings) {
        this.messages = messages;
        this.owner = owner;
        this.settings = settings;
    }

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header);
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        list.getItems().setAll(problems.stream().map(Problem::toString).toList());
        list.setPrefHeight(Math.min(320, 28 + problems.size() * 26.0));
        list.setPrefWidth(560);
        Label count = new Label(messages.get("dialog.problemCount", problems.size()));
        alert.getDialogPane().setContent(new VBox(8, count, list));
        alert.showAndWait();
    }

    @Override
    public void showFailure(String title, Throwable failure) {
        Alert alert = alert(Alert.AlertType.ERROR, title, FailureText.describe(messages, failure));
        alert.setContentText(messages.get("dialog.failure.logHint"));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        alert.setContentText(text);
        fitWidthTo(alert, text);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header);
        alert.setContentText(text);
        fitWidthTo(alert, text);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void showInfo(String title, String text, String detailsHeading, List<String> details) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        setContent(alert, text, detailsHeading, details, null);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String text, String detailsHeading, List<String> details,
                           String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header);
        setContent(alert, text, detailsHeading, details, question);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** The text, then the details in a read-only, scrolling, selectable text area, then the question. */
    private static void setContent(Alert alert, String text, String detailsHeading, List<String> details,
                                   String question) {
        if (details.isEmpty()) {
            String all = question == null ? text : text + "\n\n" + question;
            alert.setContentText(all);
            fitWidthTo(alert, all);
            return;
        }
        VBox box = new VBox(8, unwrapped(text), new Label(detailsHeading));
        TextArea list = new TextArea(String.join("\n", details));
        list.setId("detail-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setFocusTraversable(true);
        list.setPrefColumnCount(72);
        list.setPrefRowCount(Math.min(10, details.size() * 3));
        box.getChildren().add(list);
        if (question != null) {
            box.getChildren().add(new Label(question));
        }
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        return remember(file);
    }

    private FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (extensions.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        }
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }

    /**
     * A message of short-to-medium lines (an import preview: "people: 106 added, 0 updated, 0
     * unchanged, 0 conflicts") is shown line for line, the dialog as wide as its longest line,
     * instead of wrapping each line in the alert's narrow default column. Longer texts keep the
     * default wrapping.
     */
    private static void fitWidthTo(Alert alert, String text) {
        int longest = text.lines().mapToInt(String::length).max().orElse(0);
        if (longest <= 40 || longest > 90) {
            return;
        }
        alert.getDialogPane().setContent(unwrapped(text));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label unwrapped(String text) {
        Label content = new Label(text);
        content.getStyleClass().add("content");
        content.setWrapText(false);
        content.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return content;
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        SceneStyle.apply(alert.getDialogPane(), messages, settings.fontSizePx());
        return alert;
    }
}
