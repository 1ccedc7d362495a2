package org.untfsse.workbench.ui.meeting;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.meeting.AttendanceGrid;
import org.untfsse.workbench.service.meeting.AttendanceRow;

/**
 * The attendance grid from the roster as of the meeting date: members and observers in separate
 * groups, a status and the person who attended for each organization, and the counts.
 */
final class AttendanceSection {

    private final MeetingEditorViewModel model;
    private final VBox box = new VBox(10);
    private final Label counts = new Label();

    AttendanceSection(MeetingEditorViewModel model) {
        this.model = model;
        counts.setId("attendance-counts");
        counts.getStyleClass().add("section-title");
        box.setPadding(new Insets(16));
        model.gridProperty().addListener((o, a, b) -> counts.setText(model.countsText()));
    }

    void load() {
        Messages m = model.messages();
        AttendanceGrid grid = model.gridProperty().get();
        counts.setText(model.countsText());
        box.getChildren().setAll(counts);
        group(m.get("minutes.heading.members"), grid.members(), "members");
        group(m.get("minutes.heading.observers"), grid.observers(), "observers");
    }

    private void group(String heading, List<AttendanceRow> rows, String id) {
        Messages m = model.messages();
        Label title = new Label(heading + " (" + rows.size() + ")");
        title.getStyleClass().add("attendance-group-title");
        GridPane g = new GridPane();
        g.setId("attendance-" + id);
        g.setHgap(14);
        g.setVgap(6);
        g.getStyleClass().add("attendance-grid");
        int r = 0;
        for (AttendanceRow row : rows) {
            Label acronym = new Label(row.organization().acronym());
            acronym.getStyleClass().add("attendance-acronym");
            Label name = new Label(row.organization().name());
            name.getStyleClass().add("text-muted");
            name.setMaxWidth(360);
            ComboBox<AttendanceStatus> status = new ComboBox<>();
            status.setId("attendance-status-" + row.organization().acronym());
            status.getItems().add(null);
            status.getItems().addAll(AttendanceStatus.values());
            status.setConverter(MeetingCells.converter(s -> s == null ? m.get("meeting.attendance.notRecorded")
                    : m.get("meeting.attendance." + s.name())));
            status.setValue(row.status());
            ComboBox<Person> person = new ComboBox<>();
            person.setId("attendance-person-" + row.organization().acronym());
            person.getItems().add(null);
            person.getItems().addAll(row.people());
            person.setConverter(MeetingCells.converter(p -> p == null ? m.get("meeting.attendance.noPerson") : p.name()));
            person.setValue(row.attendee());
            person.setPrefWidth(220);
            Runnable save = () -> model.setAttendance(row.organization().id(), status.getValue(),
                    person.getValue() == null ? null : person.getValue().id());
            status.valueProperty().addListener((o, a, b) -> save.run());
            person.valueProperty().addListener((o, a, b) -> {
                if (status.getValue() == null && b != null) {
                    status.setValue(AttendanceStatus.PRESENT);
                } else {
                    save.run();
                }
            });
            status.disableProperty().bind(model.readOnlyProperty());
            person.disableProperty().bind(model.readOnlyProperty());
            g.addRow(r++, acronym, name, status, person);
        }
        box.getChildren().addAll(title, g);
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
