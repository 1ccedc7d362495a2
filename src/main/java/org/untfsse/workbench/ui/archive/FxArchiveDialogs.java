package org.untfsse.workbench.ui.archive;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ArchiveDialogs} with JavaFX choosers and dialogs. */
public final class FxArchiveDialogs implements ArchiveDialogs {

    private final Window owner;

    public FxArchiveDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseFiles(String title, String description) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner);
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public void showList(String title, String header, List<String> lines) {
        Alert alert = new Alert(lines.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (!lines.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(lines);
            list.setPrefSize(640, Math.min(320, 28 + lines.size() * 26.0));
            alert.getDialogPane().setContent(list);
        }
        alert.showAndWait();
    }

    @Override
    public OptionalInt choose(String title, String header, String text, List<String> choices) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        List<ButtonType> buttons = choices.stream().map(c -> new ButtonType(c, ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        Optional<ButtonType> chosen = alert.showAndWait();
        int index = chosen.map(buttons::indexOf).orElse(-1);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
