package org.untfsse.workbench.ui.rotation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.ui.common.IsoDates;

/**
 * The planner: offices, a rotation order, a term length and a start date give proposals, shown
 * dashed on the timeline (the dialog is not modal, so the timeline stays in view) and here with
 * a tick each; accept all, the ticked ones, or none.
 */
final class PlanDialog extends Dialog<ButtonType> {

    private final List<CheckBox> officeBoxes = new ArrayList<>();
    private final TextField order = new TextField();
    private final Spinner<Integer> months = new Spinner<>(1, 120, 24);
    private final Spinner<Integer> count = new Spinner<>(1, 20, 3);
    private final DatePicker start = new DatePicker();
    private final ListView<CheckBox> proposals = new ListView<>();
    private final Label problems = new Label();

    PlanDialog(RotationViewModel vm, Messages m, Window owner) {
        IsoDates.apply(start);
        setTitle(m.get("rotation.plan.title"));
        initOwner(owner);
        initModality(Modality.NONE);
        FlowPane offices = new FlowPane(12, 6);
        for (Office office : vm.offices()) {
            CheckBox box = new CheckBox(vm.label(office));
            box.setId("plan-office-" + office.code());
            box.setUserData(office);
            box.setSelected(Office.CO_CHAIR.equals(office.code()));
            officeBoxes.add(box);
            offices.getChildren().add(box);
        }
        order.setId("plan-order");
        order.setPromptText(m.get("rotation.plan.orderPrompt"));
        order.setText(String.join(", ", vm.organizations().stream().map(o -> o.acronym()).toList()));
        months.setId("plan-months");
        months.setEditable(true);
        count.setEditable(true);
        start.setId("plan-start");
        start.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        start.setValue(vm.today().withDayOfMonth(1).plusMonths(1));
        proposals.setId("plan-proposals");
        proposals.setPrefHeight(130);
        proposals.setPlaceholder(new Label(m.get("rotation.plan.none")));
        problems.setId("plan-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        Button propose = new Button(m.get("rotation.plan.propose"));
        propose.setId("plan-propose");
        propose.setDefaultButton(true);
        propose.setOnAction(e -> {
            List<Office> chosen = officeBoxes.stream().filter(CheckBox::isSelected).map(b -> (Office) b.getUserData()).toList();
            List<Problem> refused = vm.plan(chosen, order.getText(), months.getValue(), start.getValue(), count.getValue());
            show(refused);
            proposals.getItems().setAll(vm.proposals().stream().map(p -> {
                CheckBox box = new CheckBox(vm.describeProposal(p));
                box.setUserData(p);
                box.setSelected(true);
                return box;
            }).toList());
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.addRow(0, new Label(m.get("rotation.field.offices")), offices);
        grid.addRow(1, new Label(m.get("rotation.field.order")), order);
        grid.addRow(2, new Label(m.get("rotation.field.termMonths")), months);
        grid.addRow(3, new Label(m.get("rotation.field.start")), start);
        grid.addRow(4, new Label(m.get("rotation.field.termCount")), count);
        grid.add(propose, 1, 5);
        Label explain = new Label(m.get("rotation.plan.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        VBox content = new VBox(10, grid, explain, proposals, problems);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        ButtonType acceptAll = new ButtonType(m.get("rotation.plan.acceptAll"), ButtonBar.ButtonData.OK_DONE);
        ButtonType acceptSome = new ButtonType(m.get("rotation.plan.acceptSelected"), ButtonBar.ButtonData.APPLY);
        ButtonType discard = new ButtonType(m.get("rotation.plan.discard"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(acceptAll, acceptSome, discard);
        getDialogPane().lookupButton(acceptAll).setId("plan-accept-all");
        getDialogPane().lookupButton(acceptSome).setId("plan-accept-selected");
        getDialogPane().lookupButton(discard).setId("plan-discard");
        getDialogPane().lookupButton(acceptAll).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!show(vm.accept(List.copyOf(vm.proposals())))) {
                e.consume();
            }
        });
        getDialogPane().lookupButton(acceptSome).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<RotationTerm> ticked = proposals.getItems().stream().filter(CheckBox::isSelected)
                    .map(b -> (RotationTerm) b.getUserData()).toList();
            if (!show(vm.accept(ticked))) {
                e.consume();
            }
        });
        setOnHidden(e -> vm.discardProposals());
        // Proposals lie in the future, on the timeline's right: the planner sits at the lower left.
        setOnShown(e -> {
            if (owner != null) {
                setX(owner.getX() + 8);
                setY(owner.getY() + Math.max(0, owner.getHeight() - getHeight() - 8));
            }
        });
    }

    /** Shows the problems, if any; true when there were none. */
    private boolean show(List<Problem> refused) {
        problems.setText(String.join("\n", refused.stream().map(Problem::toString).toList()));
        return refused.isEmpty();
    }
}
