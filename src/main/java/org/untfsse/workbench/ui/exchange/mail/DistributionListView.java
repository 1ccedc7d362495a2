package org.untfsse.workbench.ui.exchange.mail;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.mail.DistributionGroup;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.IsoDates;

/** Choose a group → preview the addresses → copy them or save them as CSV or vCard. Only binds. */
public final class DistributionListView extends VBox {

    private final DistributionListViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Label status = new Label();

    public DistributionListView(DistributionListViewModel model, Messages messages, DialogService dialogs) {
        super(10);
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        getStyleClass().add("distribution-list");

        ComboBox<DistributionGroup> group = new ComboBox<>();
        group.setId("distribution-group");
        group.getItems().setAll(DistributionGroup.values());
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(DistributionGroup g) {
                return g == null ? "" : messages.get("mail.group." + g.name());
            }

            @Override
            public DistributionGroup fromString(String s) {
                return null;
            }
        });
        group.valueProperty().bindBidirectional(model.groupProperty());
        DatePicker asOf = new DatePicker();
        IsoDates.apply(asOf);
        asOf.setId("distribution-as-of");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        HBox choices = new HBox(8, new Label(messages.get("mail.dialog.group")), group,
                new Label(messages.get("mail.dialog.asOf")), asOf);
        choices.getStyleClass().add("distribution-choices");
        getChildren().add(choices);
        if (model.hasSelection()) {
            CheckBox onlySelected = new CheckBox(messages.get("mail.group.SELECTION"));
            onlySelected.setId("distribution-only-selected");
            onlySelected.selectedProperty().bindBidirectional(model.onlySelectedProperty());
            getChildren().add(onlySelected);
        }

        TextArea preview = new TextArea();
        preview.setId("distribution-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(6);
        preview.textProperty().bind(model.addressLineProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label count = new Label();
        count.setId("distribution-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countProperty());

        Label leftOutTitle = new Label(messages.get("mail.dialog.withoutEmail"));
        ListView<String> leftOut = new ListView<>(model.leftOut());
        leftOut.setId("distribution-left-out");
        leftOut.setPrefHeight(90);
        leftOut.setPlaceholder(new Label(messages.get("mail.dialog.none")));
        leftOutTitle.visibleProperty().bind(Bindings.isNotEmpty(model.leftOut()));
        leftOut.visibleProperty().bind(Bindings.isNotEmpty(model.leftOut()));
        leftOutTitle.managedProperty().bind(leftOutTitle.visibleProperty());
        leftOut.managedProperty().bind(leftOut.visibleProperty());

        Button copy = button("distribution-copy", "mail.dialog.copy", e -> copy());
        copy.getStyleClass().add("accent");
        Button csv = button("distribution-save-csv", "mail.dialog.saveCsv", e -> save("csv"));
        Button vcard = button("distribution-save-vcard", "mail.dialog.saveVcard", e -> save("vcf"));
        HBox buttons = new HBox(8, copy, csv, vcard);
        status.setId("distribution-status");
        status.getStyleClass().add("text-muted");
        getChildren().addAll(preview, count, leftOutTitle, leftOut, buttons, status);
    }

    private Button button(String id, String key, Consumer<javafx.event.ActionEvent> action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(action::accept);
        return b;
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.addressLineProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(messages.get("mail.dialog.copied", model.size()));
    }

    private void save(String extension) {
        boolean csv = "csv".equals(extension);
        String title = messages.get(csv ? "mail.dialog.saveCsv" : "mail.dialog.saveVcard");
        dialogs.chooseFileToSave(title, "distribution-list." + extension,
                messages.get(csv ? "mail.dialog.csvFiles" : "mail.dialog.vcardFiles"), "*." + extension)
                .ifPresent(file -> {
                    try {
                        if (csv) {
                            model.saveCsv(file);
                        } else {
                            model.saveVcard(file);
                        }
                        status.setText(messages.get("mail.dialog.saved", file));
                    } catch (RuntimeException e) {
                        dialogs.showFailure(title, e);
                    }
                });
    }
}
