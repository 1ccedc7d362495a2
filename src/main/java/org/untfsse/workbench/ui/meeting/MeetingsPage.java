package org.untfsse.workbench.ui.meeting;

import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.untfsse.workbench.i18n.Messages;

/**
 * The Meetings page: the meetings list and the two registers (decisions, action items) as tabs;
 * opening a meeting shows its editor in their place until the officer goes back.
 */
public final class MeetingsPage implements org.untfsse.workbench.ui.common.WorkbenchPage {

    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final MeetingsViewModel list;
    private final RegistersViewModel registers;
    private final MeetingEditorView editor;
    private final MeetingsListView listView;

    public MeetingsPage(Messages m, MeetingsViewModel list, RegistersViewModel registers, MeetingEditorViewModel editorModel) {
        this.list = list;
        this.registers = registers;
        this.listView = new MeetingsListView(m, list, this::openMeeting);
        this.editor = new MeetingEditorView(editorModel, this::back);
        Tab meetingsTab = new Tab(m.get("meeting.tab.meetings"), listView.node());
        meetingsTab.setId("tab-meetings");
        Tab decisionsTab = new Tab(m.get("meeting.tab.decisions"), new DecisionsRegisterView(m, registers, this::openMeeting).node());
        decisionsTab.setId("tab-decisions");
        Tab actionsTab = new Tab(m.get("meeting.tab.actions"), new ActionsRegisterView(m, registers, this::openMeeting).node());
        actionsTab.setId("tab-actions");
        tabs.getTabs().addAll(meetingsTab, decisionsTab, actionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
        root.getChildren().add(tabs);
        root.setId("meetings-page");
    }

    void openMeeting(UUID id) {
        editor.open(id);
        root.getChildren().setAll(editor.node());
    }

    void back() {
        root.getChildren().setAll(tabs);
        refresh();
    }

    /** Selects one of the tabs: 0 meetings, 1 decisions, 2 action items. */
    public void showTab(int index) {
        back();
        tabs.getSelectionModel().select(index);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty statusText() {
        return list.statusProperty().getReadOnlyProperty();
    }

    @Override
    public void focusFilter() {
        listView.focusFilter();
    }

    @Override
    public void refresh() {
        list.refresh();
        registers.refresh();
    }
}
