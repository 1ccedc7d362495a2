package org.untfsse.workbench.ui.archive;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.untfsse.workbench.model.archive.SearchHit;

/** A result's title over its snippet, with the matched terms in bold. */
final class SnippetCell extends TableCell<SearchHit, SearchHit> {

    private final Label title = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, snippet);

    SnippetCell() {
        title.getStyleClass().add("archive-hit-title");
        snippet.getStyleClass().add("archive-snippet");
        box.getStyleClass().add("archive-hit");
        snippet.prefWidthProperty().bind(widthProperty().subtract(16));
        // Two lines of snippet at most: the rest is clipped, never drawn over the next row.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        // The title's height is one line: the box shows the title and exactly two snippet lines.
        clip.heightProperty().bind(title.heightProperty().multiply(3).add(6));
        box.setClip(clip);
        // The title stays whole at the top; what does not fit is cut at the bottom.
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setText(null);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        title.setText(hit.title());
        snippet.getChildren().setAll(texts(hit.snippet()));
        setGraphic(box);
    }

    /** The snippet as runs of text; the runs between the markers are bold. */
    static List<Text> texts(String snippet) {
        List<Text> out = new ArrayList<>();
        String flat = snippet.replaceAll("\\s+", " ").strip();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                add(out, run, marked);
                marked = c == SearchHit.MARK_START;
            } else {
                run.append(c);
            }
        }
        add(out, run, marked);
        return out;
    }

    private static void add(List<Text> out, StringBuilder run, boolean marked) {
        if (run.isEmpty()) {
            return;
        }
        Text text = new Text(run.toString());
        text.getStyleClass().add(marked ? "archive-snippet-match" : "archive-snippet-text");
        out.add(text);
        run.setLength(0);
    }
}
