package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;

/** One meeting's editor: a header with the minutes' status and actions, and a tab per part of the meeting. */
final class MeetingEditorView {

    private final BorderPane root = new BorderPane();
    private final MeetingEditorViewModel model;
    private final Label title = new Label();
    private final Label status = new Label();
    private final DetailsSection details;
    private final AttendanceSection attendance;
    private final AgendaSection agenda;
    private final DecisionsSection decisions;
    private final ActionsSection actions;
    private final Button circulate;
    private final Button approve;
    private final Button email;
    private final Button correct;

    MeetingEditorView(MeetingEditorViewModel model, Runnable back) {
        this.model = model;
        Messages m = model.messages();
        Button backButton = new Button(m.get("meeting.editor.back"), new FontIcon(Material2AL.ARROW_BACK));
        backButton.setId("meeting-back");
        backButton.getStyleClass().add("flat");
        backButton.setOnAction(e -> back.run());
        title.getStyleClass().add("page-title");
        title.setId("meeting-editor-title");
        status.setId("minutes-status");
        status.getStyleClass().add("minutes-status");
        circulate = new Button(m.get("meeting.editor.circulate"), new FontIcon(Material2MZ.SEND));
        circulate.setId("minutes-circulate");
        circulate.setOnAction(e -> model.circulate());
        email = new Button(m.get("meeting.editor.prepareEmail"), new FontIcon(Material2AL.EMAIL));
        email.setId("minutes-email");
        email.setOnAction(e -> model.prepareEmail());
        email.setVisible(model.canPrepareEmail());
        email.setManaged(model.canPrepareEmail());
        approve = new Button(m.get("meeting.editor.approve"), new FontIcon(Material2AL.CHECK_CIRCLE));
        approve.setId("minutes-approve");
        approve.setOnAction(e -> model.approve());
        correct = new Button(m.get("meeting.editor.correct"), new FontIcon(Material2AL.EDIT));
        correct.setId("minutes-correct");
        correct.setOnAction(e -> model.correct());
        MenuButton export = new MenuButton(m.get("meeting.editor.export"), new FontIcon(Material2MZ.SAVE_ALT));
        for (MinutesFormat f : MinutesFormat.values()) {
            MenuItem item = new MenuItem(m.get("meeting.export." + f.name()));
            item.setOnAction(e -> model.export(f));
            export.getItems().add(item);
        }
        // Nothing is cut off: the actions keep their whole text and wrap onto more lines when the
        // window is narrow, the language long (Arabic, French) or the text large.
        for (javafx.scene.control.Control c : java.util.List.of(backButton, title, status, export, email, circulate,
                approve, correct)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane headerActions = new javafx.scene.layout.FlowPane(10, 6, export, email, circulate, approve, correct);
        headerActions.setId("meeting-editor-actions");
        headerActions.setAlignment(Pos.CENTER_RIGHT);
        headerActions.setMinWidth(0);
        headerActions.setPrefWrapLength(0);
        HBox.setHgrow(headerActions, Priority.ALWAYS);
        HBox header = new HBox(10, backButton, title, status, headerActions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        Label problem = new Label();
        problem.setId("meeting-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label note = new Label();
        note.setId("meeting-note");
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(model.savedNoteProperty());
        note.managedProperty().bind(model.savedNoteProperty().isNotEmpty());
        VBox top = new VBox(2, header, problem, note);
        top.getStyleClass().add("meeting-editor-top");

        details = new DetailsSection(model);
        attendance = new AttendanceSection(model);
        agenda = new AgendaSection(model);
        decisions = new DecisionsSection(model);
        actions = new ActionsSection(model);
        TabPane tabs = new TabPane(tab("details", m.get("meeting.tab.details"), details.node()),
                tab("attendance", m.get("meeting.tab.attendance"), attendance.node()),
                tab("agenda", m.get("meeting.tab.agenda"), agenda.node()),
                tab("decisions", m.get("meeting.tab.meetingDecisions"), decisions.node()),
                tab("actions", m.get("meeting.tab.meetingActions"), actions.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("meeting-tabs");
        root.setTop(top);
        root.setCenter(tabs);
        root.setId("meeting-editor");
        model.meetingProperty().addListener((o, a, b) -> showHeader());
    }

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId("meeting-tab-" + id);
        return t;
    }

    void open(UUID id) {
        model.open(id);
        details.load();
        attendance.load();
        agenda.load();
        decisions.load();
        actions.load();
        showHeader();
    }

    private void showHeader() {
        Meeting meeting = model.meetingProperty().get();
        if (meeting == null) {
            return;
        }
        Messages m = model.messages();
        title.setText(model.title());
        status.setText(m.get("meeting.editor.status", m.get("meeting.minutesStatus." + meeting.minutesStatus().name()),
                meeting.minutesVersion()));
        status.getStyleClass().removeAll("status-DRAFT", "status-CIRCULATED", "status-APPROVED");
        status.getStyleClass().add("status-" + meeting.minutesStatus().name());
        circulate.setDisable(meeting.minutesStatus() == MinutesStatus.APPROVED);
        email.setDisable(meeting.minutesStatus() == MinutesStatus.APPROVED);
        approve.setDisable(meeting.minutesStatus() != MinutesStatus.CIRCULATED);
        correct.setDisable(meeting.minutesStatus() != MinutesStatus.APPROVED);
        details.setReadOnly(meeting.minutesReadOnly());
    }

    Node node() {
        return root;
    }
}
