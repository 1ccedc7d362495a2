package org.untfsse.workbench.ui.exchange.mail;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.service.exchange.mail.MembershipScope;
import org.untfsse.workbench.ui.common.IsoDates;

/** The choices of "Prepare e-mail…", bound to a {@link CirculationOptionsViewModel}. Only binds. */
public final class CirculationOptionsView extends VBox {

    public CirculationOptionsView(CirculationOptionsViewModel model, Messages m) {
        super(10);
        getStyleClass().add("circulation-options");
        CheckBox pdf = check("circulation-pdf", m.get("mail.options.pdf"), model.pdfProperty());
        CheckBox docx = check("circulation-docx", m.get("mail.options.docx"), model.docxProperty());

        ComboBox<MembershipScope> scope = new ComboBox<>();
        scope.setId("circulation-scope");
        scope.getItems().setAll(MembershipScope.values());
        scope.setConverter(converter(s -> m.get("mail.options.scope." + s.name())));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        CheckBox attending = check("circulation-attending-only",
                m.get("mail.options.attendingOnly", model.attendingOrganizations()), model.attendingOnlyProperty());
        CheckBox cc = check("circulation-cc-alternates", m.get("mail.options.ccAlternates"),
                model.alternatesInCcProperty());
        CheckBox bcc = check("circulation-bcc", m.get("mail.options.bcc"), model.bccProperty());

        DatePicker deadline = new DatePicker();
        IsoDates.apply(deadline);
        deadline.setId("circulation-deadline");
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        Label deadlineHint = hint(m.get("mail.options.deadlineHint"));

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("circulation-language");
        language.getItems().setAll(model.languages());
        language.setConverter(converter(SupportedLanguages::nativeName));
        language.valueProperty().bindBidirectional(model.languageProperty());

        TextField sender = new TextField();
        sender.setId("circulation-sender");
        sender.setPromptText(m.get("mail.defaultSender"));
        sender.textProperty().bindBidirectional(model.senderProperty());
        sender.setPrefColumnCount(24);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label(m.get("mail.options.formats"), pdf), new HBox(16, pdf, docx));
        grid.addRow(row++, label(m.get("mail.options.recipients"), scope), new VBox(6, scope, attending, cc, bcc));
        grid.addRow(row++, label(m.get("mail.options.deadline"), deadline), new VBox(4, deadline, deadlineHint));
        grid.addRow(row++, label(m.get("mail.options.language"), language), language);
        grid.addRow(row, label(m.get("mail.options.sender"), sender), new VBox(4, sender,
                hint(m.get("mail.options.senderHint"))));

        Label problems = new Label();
        problems.setId("circulation-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.problems()), model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(grid, hint(m.get("mail.options.next")), problems);
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        // Long choices (and longer translations) wrap instead of ending in "…".
        box.setWrapText(true);
        return box;
    }

    private static Label label(String text, Node forControl) {
        Label label = new Label(text);
        label.setLabelFor(forControl);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
