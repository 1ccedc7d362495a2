package org.untfsse.workbench.ui.rotation;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.rotation.TermEntry;
import org.untfsse.workbench.ui.common.IsoDates;

/**
 * Adds or edits one term. OK saves through the view model; a refused term keeps the dialog open
 * with every rule it breaks written under the form, and nothing is saved.
 */
final class TermDialog extends Dialog<ButtonType> {

    private final ComboBox<Office> office = new ComboBox<>();
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final TextField person = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextArea notes = new TextArea();
    private final javafx.scene.control.ComboBox<MeetingChoice> decidedAt = new javafx.scene.control.ComboBox<>();
    private final Label problems = new Label();

    TermDialog(RotationViewModel vm, Messages m, TermEntry editing, Window owner) {
        setTitle(m.get(editing == null ? "rotation.dialog.addTitle" : "rotation.dialog.editTitle"));
        initOwner(owner);
        office.setId("term-office");
        organization.setId("term-organization");
        person.setId("term-person");
        start.setId("term-start");
        end.setId("term-end");
        notes.setId("term-notes");
        problems.setId("term-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMaxWidth(420);
        office.getItems().setAll(vm.offices());
        office.setConverter(converter(vm::label));
        organization.getItems().setAll(vm.organizations());
        organization.setConverter(converter(o -> o.acronym() + " — " + o.name()));
        person.setPromptText(m.get("rotation.dialog.personPrompt"));
        IsoDates.apply(start, end);
        for (DatePicker picker : List.of(start, end)) {
            picker.setPromptText("YYYY-MM-DD");
        }
        end.setPromptText(m.get("rotation.dialog.endPrompt"));
        decidedAt.setId("term-decided-at");
        decidedAt.getItems().add(new MeetingChoice(null, m.get("common.none")));
        decidedAt.getItems().addAll(vm.meetingChoices());
        decidedAt.getSelectionModel().select(0);
        decidedAt.setMaxWidth(Double.MAX_VALUE);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        if (editing != null) {
            office.getSelectionModel().select(editing.office());
            organization.getItems().stream().filter(o -> o.id().equals(editing.term().organizationId())).findFirst()
                    .ifPresent(organization.getSelectionModel()::select);
            person.setText(editing.person());
            start.setValue(editing.term().start());
            end.setValue(editing.term().end());
            notes.setText(editing.term().notes());
            decidedAt.getItems().stream().filter(c -> c.id() != null && c.id().equals(editing.term().decidedAtMeetingId()))
                    .findFirst().ifPresent(decidedAt.getSelectionModel()::select);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("rotation.field.office")), office);
        grid.addRow(1, new Label(m.get("rotation.field.organization")), organization);
        grid.addRow(2, new Label(m.get("rotation.field.person")), person);
        grid.addRow(3, new Label(m.get("rotation.field.start")), start);
        grid.addRow(4, new Label(m.get("rotation.field.end")), end);
        grid.addRow(5, new Label(m.get("rotation.field.decidedAt")), decidedAt);
        grid.addRow(6, new Label(m.get("rotation.field.notes")), notes);
        grid.add(problems, 0, 7, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("term-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            commitDates();
            List<Problem> refused = vm.save(new TermForm(editing == null ? null : editing.term(), office.getValue(),
                    organization.getValue(), person.getText(), start.getValue(), end.getValue(), notes.getText(),
                    java.util.Optional.ofNullable(decidedAt.getValue() == null ? null : decidedAt.getValue().id())));
            if (!refused.isEmpty()) {
                problems.setText(String.join("\n", refused.stream().map(Problem::toString).toList()));
                e.consume();
            }
        });
    }

    /** A date typed but not yet confirmed with Enter still counts. */
    private void commitDates() {
        for (DatePicker picker : List.of(start, end)) {
            String text = picker.getEditor().getText();
            try {
                picker.setValue(text == null || text.isBlank() ? null : picker.getConverter().fromString(text));
            } catch (RuntimeException unreadable) {
                // Keep the last good value; the service names what is missing.
            }
        }
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
