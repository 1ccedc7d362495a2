package org.untfsse.workbench.ui.meeting;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.ui.common.IsoDates;

/** The meeting's details: number, title, kind, dates, place, virtual, and the chair (from the rotation unless overridden). */
final class DetailsSection {

    private final MeetingEditorViewModel model;
    private final GridPane grid = new GridPane();
    private final TextField number = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<MeetingKind> kind = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextField place = new TextField();
    private final CheckBox virtual = new CheckBox();
    private final ComboBox<Organization> chair = new ComboBox<>();
    private final Label chairNote = new Label();
    private final Label documents = new Label();
    private final Autosave numberSave;
    private final Autosave titleSave;
    private final Autosave placeSave;
    private boolean loading;

    DetailsSection(MeetingEditorViewModel model) {
        IsoDates.apply(start, end);
        start.setId("meeting-start");
        end.setId("meeting-end");
        this.model = model;
        Messages m = model.messages();
        number.setId("meeting-number");
        title.setId("meeting-title");
        place.setId("meeting-place");
        number.setPrefColumnCount(6);
        number.setMaxWidth(120);
        title.setPrefColumnCount(36);
        kind.getItems().setAll(MeetingKind.values());
        kind.setConverter(MeetingCells.converter(k -> k == null ? "" : m.get("meeting.kind." + k.name())));
        virtual.setText(m.get("meeting.field.virtual"));
        virtual.setId("meeting-virtual");
        chair.setItems(model.organizations());
        chair.setConverter(MeetingCells.converter(o -> o == null ? m.get("meeting.chair.fromRotation") : o.acronym()));
        chair.setId("meeting-chair");
        chairNote.getStyleClass().add("text-muted");
        numberSave = Autosave.bind(number, t -> save());
        titleSave = Autosave.bind(title, t -> save());
        placeSave = Autosave.bind(place, t -> save());
        kind.valueProperty().addListener((o, a, b) -> save());
        start.valueProperty().addListener((o, a, b) -> save());
        end.valueProperty().addListener((o, a, b) -> save());
        virtual.selectedProperty().addListener((o, a, b) -> save());
        chair.valueProperty().addListener((o, a, b) -> save());
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        int r = 0;
        grid.addRow(r++, new Label(m.get("meeting.field.kind")), kind);
        grid.addRow(r++, new Label(m.get("meeting.field.number")), number);
        grid.addRow(r++, new Label(m.get("meeting.field.title")), title);
        grid.addRow(r++, new Label(m.get("meeting.field.start")), start);
        grid.addRow(r++, new Label(m.get("meeting.field.end")), end);
        grid.addRow(r++, new Label(m.get("meeting.field.place")), place);
        grid.addRow(r++, new Label(""), virtual);
        grid.addRow(r++, new Label(m.get("meeting.field.chair")), chair);
        grid.addRow(r++, new Label(""), chairNote);
        documents.setId("meeting-linked-documents");
        documents.setWrapText(true);
        grid.addRow(r, new Label(m.get("meeting.field.documents")), documents);
    }

    void load() {
        Meeting meeting = model.meetingProperty().get();
        loading = true;
        try {
            numberSave.load(meeting.number() == null ? "" : meeting.number().toString());
            titleSave.load(meeting.title());
            title.setPromptText(model.meetings().names().title(meeting.withDetails(meeting.number(), "", meeting.kind(),
                    meeting.start(), meeting.end(), meeting.place(), meeting.virtual(), meeting.chairOverride())));
            placeSave.load(meeting.place());
            kind.setValue(meeting.kind());
            start.setValue(meeting.start());
            end.setValue(meeting.end());
            virtual.setSelected(meeting.virtual());
            chair.setValue(model.organizations().stream().filter(o -> o.id().equals(meeting.chairOverride()))
                    .findFirst().orElse(null));
            chairNote.setText(model.messages().get("meeting.chair.note", model.chairText()));
            List<String> linked = model.linkedDocuments();
            documents.setText(linked.isEmpty() ? model.messages().get("meeting.documents.none") : String.join("\n", linked));
            documents.getStyleClass().remove("text-muted");
            if (linked.isEmpty()) {
                documents.getStyleClass().add("text-muted");
            }
        } finally {
            loading = false;
        }
    }

    private void save() {
        Meeting meeting = model.meetingProperty().get();
        if (loading || meeting == null || meeting.minutesReadOnly()) {
            return;
        }
        Integer n = null;
        String text = number.getText().strip();
        if (text.matches("\\d{1,6}")) {
            n = Integer.parseInt(text);
        }
        number.getStyleClass().remove("invalid");
        if (!text.isEmpty() && n == null) {
            number.getStyleClass().add("invalid");
            return;
        }
        model.saveDetails(meeting.withDetails(n, title.getText(), kind.getValue(), start.getValue(),
                end.getValue() == null ? start.getValue() : end.getValue(), place.getText(), virtual.isSelected(),
                chair.getValue() == null ? null : chair.getValue().id()));
        chairNote.setText(model.messages().get("meeting.chair.note", model.chairText()));
    }

    void setReadOnly(boolean readOnly) {
        grid.setDisable(readOnly);
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
