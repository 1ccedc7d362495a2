package org.untfsse.workbench.ui.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.service.archive.LinkTarget;
import org.untfsse.workbench.service.common.Problem;

/**
 * The selected document's links to meetings and decisions: one line per link with a remove
 * button, and pickers to add a meeting (newest first) or a decision of a chosen meeting.
 */
final class DocumentLinksPane extends VBox {

    private final ArchiveViewModel vm;
    private final Messages m;
    private final VBox rows = new VBox(4);
    private final ComboBox<LinkTarget> meeting = new ComboBox<>();
    private final ComboBox<LinkTarget> decision = new ComboBox<>();
    private final Label problems = new Label();

    DocumentLinksPane(ArchiveViewModel vm) {
        super(6);
        this.vm = vm;
        this.m = vm.messages();
        Label heading = new Label(m.get("archive.link.heading"));
        heading.getStyleClass().add("section-title");
        rows.setId("archive-links");
        meeting.setId("archive-link-meeting");
        meeting.setPromptText(m.get("archive.link.meetingPrompt"));
        meeting.setMaxWidth(Double.MAX_VALUE);
        meeting.setTooltip(new Tooltip(m.get("archive.link.meetingTooltip")));
        decision.setId("archive-link-decision");
        decision.setPromptText(m.get("archive.link.decisionPrompt"));
        decision.setMaxWidth(Double.MAX_VALUE);
        decision.setTooltip(new Tooltip(m.get("archive.link.decisionTooltip")));
        problems.setId("archive-link-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        Button addMeeting = button("archive.link.addMeeting", "archive-link-meeting-add",
                () -> report(vm.linkMeeting(idOf(meeting.getValue()))));
        addMeeting.disableProperty().bind(meeting.valueProperty().isNull());
        Button addDecision = button("archive.link.addDecision", "archive-link-decision-add",
                () -> report(vm.linkDecision(idOf(decision.getValue()))));
        addDecision.disableProperty().bind(decision.valueProperty().isNull());
        meeting.valueProperty().addListener((obs, old, chosen) -> {
            List<LinkTarget> decisions = vm.decisionsOf(chosen);
            decision.getItems().setAll(decisions);
            decision.setPromptText(chosen != null && decisions.isEmpty() ? m.get("archive.link.noDecisions")
                    : m.get("archive.link.decisionPrompt"));
        });
        getChildren().addAll(heading, rows, line(meeting, addMeeting), line(decision, addDecision), problems);
    }

    /** Shows the links of {@code d} and reloads the meetings to choose from. */
    void show(Document d) {
        problems.setText("");
        List<Node> lines = new ArrayList<>();
        int index = 0;
        for (UUID id : d.meetingIds()) {
            lines.add(linkLine(vm.meetingLabel(id), index++, () -> report(vm.unlinkMeeting(id))));
        }
        for (UUID id : d.decisionIds()) {
            lines.add(linkLine(vm.decisionLabel(id), index++, () -> report(vm.unlinkDecision(id))));
        }
        if (lines.isEmpty()) {
            Label none = new Label(m.get("archive.link.none"));
            none.getStyleClass().add("text-muted");
            lines.add(none);
        }
        rows.getChildren().setAll(lines);
        LinkTarget chosen = meeting.getValue();
        meeting.getItems().setAll(vm.linkableMeetings());
        meeting.setValue(chosen == null ? null
                : meeting.getItems().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
    }

    private Node linkLine(String label, int index, Runnable remove) {
        Label text = new Label(label);
        text.getStyleClass().add("archive-link");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button button = button("archive.link.remove", "archive-link-remove-" + index, remove);
        button.setTooltip(new Tooltip(m.get("archive.link.removeTooltip", label)));
        HBox line = new HBox(6, text, button);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void report(List<Problem> found) {
        problems.setText(String.join("\n", found.stream().map(Problem::toString).toList()));
    }

    private static UUID idOf(LinkTarget target) {
        return target == null ? null : target.id();
    }

    private static HBox line(ComboBox<LinkTarget> picker, Button add) {
        HBox.setHgrow(picker, Priority.ALWAYS);
        HBox box = new HBox(6, picker, add);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
