package org.untfsse.workbench.ui.exchange.mail;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.ui.common.DialogService;

/** Language → subject and message of the circulation e-mail, the placeholders, Save / Reset. Only binds. */
public final class MailTemplatesView extends VBox {

    public MailTemplatesView(MailTemplatesViewModel model, Messages m, DialogService dialogs) {
        super(8);
        getStyleClass().add("mail-templates");
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("template-language");
        language.getItems().setAll(model.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : SupportedLanguages.nativeName(l);
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label status = new Label();
        status.setId("template-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        Label languageLabel = new Label(m.get("mail.templates.language"));
        languageLabel.setLabelFor(language);
        HBox top = new HBox(8, languageLabel, language, status);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField subject = new TextField();
        subject.setId("template-subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea body = new TextArea();
        body.setId("template-body");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(model.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox placeholders = new VBox(2);
        placeholders.setId("template-placeholders");
        for (String line : model.placeholders()) {
            Label placeholder = new Label(line);
            placeholder.setWrapText(true);
            placeholders.getChildren().add(placeholder);
        }

        Label problems = new Label();
        problems.setId("template-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Button save = new Button(m.get("mail.templates.save"));
        save.setId("template-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button reset = new Button(m.get("mail.templates.reset"));
        reset.setId("template-reset");
        reset.setOnAction(e -> {
            String name = SupportedLanguages.nativeName(model.languageProperty().get());
            if (dialogs.confirm(m.get("mail.templates.title"), m.get("mail.templates.resetConfirm", name),
                    m.get("mail.templates.resetDetail"))) {
                model.resetToDefault();
            }
        });
        getChildren().addAll(top, new Label(m.get("mail.field.subject")), subject, new Label(m.get("mail.field.body")),
                body, problems, new HBox(8, save, reset), new Label(m.get("mail.templates.placeholders")), placeholders);
    }
}
