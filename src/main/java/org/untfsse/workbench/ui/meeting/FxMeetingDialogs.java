package org.untfsse.workbench.ui.meeting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.meeting.MeetingNames;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.IsoDates;

/** The meeting dialogs as JavaFX dialogs owned by the main window. */
public final class FxMeetingDialogs implements MeetingDialogs {

    private final Messages m;
    private final Window owner;
    private final DialogService dialogs;

    public FxMeetingDialogs(Messages messages, Window owner, DialogService dialogs) {
        this.m = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    @Override
    public Optional<CirculationRequest> askCirculation(String meetingTitle, LocalDate today, List<String> defaults) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("meeting.circulate.title"));
        dialog.setHeaderText(m.get("meeting.circulate.header", meetingTitle));
        ComboBox<MinutesFormat> format = new ComboBox<>();
        format.getItems().setAll(MinutesFormat.PDF, MinutesFormat.DOCX, MinutesFormat.HTML);
        format.setValue(MinutesFormat.PDF);
        DatePicker date = new DatePicker(today);
        DatePicker commentsBy = new DatePicker(today.plusWeeks(2));
        IsoDates.apply(date, commentsBy);
        TextArea recipients = new TextArea(String.join("\n", defaults));
        recipients.setPrefRowCount(6);
        CheckBox contacts = new CheckBox(m.get("meeting.circulate.contacts"));
        contacts.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("meeting.circulate.format")), format);
        grid.addRow(1, new Label(m.get("meeting.circulate.date")), date);
        grid.addRow(2, new Label(m.get("meeting.circulate.commentsBy")), commentsBy);
        grid.addRow(3, new Label(m.get("minutes.field.recipients")), recipients);
        grid.addRow(4, new Label(""), contacts);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return Optional.empty();
        }
        MinutesFormat f = format.getValue();
        return dialogs.chooseFileToSave(m.get("meeting.circulate.title"), "minutes." + f.extension(), f.name(),
                "*." + f.extension()).map(file -> new CirculationRequest(f, date.getValue(),
                Arrays.stream(recipients.getText().split("[\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                commentsBy.getValue(), contacts.isSelected(), file));
    }

    @Override
    public Optional<Meeting> askApprovingMeeting(List<Meeting> laterMeetings) {
        MeetingNames names = new MeetingNames(m);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.reference(laterMeetings.get(0)),
                laterMeetings.stream().map(names::reference).toList());
        dialog.initOwner(owner);
        dialog.setTitle(m.get("meeting.approve.title"));
        dialog.setHeaderText(m.get("meeting.approve.header"));
        return dialog.showAndWait().flatMap(choice -> laterMeetings.stream()
                .filter(x -> names.reference(x).equals(choice)).findFirst());
    }

    @Override
    public Optional<String> askCorrectionReason() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("meeting.correct.title"));
        dialog.setHeaderText(m.get("meeting.correct.header"));
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
