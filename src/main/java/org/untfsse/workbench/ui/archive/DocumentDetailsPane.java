package org.untfsse.workbench.ui.archive;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.ui.common.IsoDates;

/** The selected document's details; each field is saved when it loses focus or on Enter. */
final class DocumentDetailsPane extends VBox {

    private final ArchiveViewModel vm;
    private final Messages m;
    private final TextField title = new TextField();
    private final ComboBox<DocumentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
    private final TextField symbol = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField languages = new TextField();
    private final TextField organizations = new TextField();
    private final TextField tags = new TextField();
    private final TextArea description = new TextArea();
    private final Label file = new Label();
    private final Label extraction = new Label();
    private final Label problems = new Label();
    private final Label none = new Label();
    private final VBox form = new VBox(8);
    private final DocumentLinksPane links;
    private boolean filling;

    DocumentDetailsPane(ArchiveViewModel vm) {
        IsoDates.apply(date);
        this.vm = vm;
        this.m = vm.messages();
        this.links = new DocumentLinksPane(vm);
        getStyleClass().add("archive-details");
        setPadding(new Insets(12));
        setSpacing(8);
        setPrefWidth(340);
        none.setText(m.get("archive.details.none"));
        none.setWrapText(true);
        none.getStyleClass().add("text-muted");
        buildForm();
        vm.selectedProperty().addListener((obs, old, d) -> show(d));
        show(null);
    }

    private void buildForm() {
        title.setId("archive-detail-title");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        kind.setConverter(converter(k -> m.get("archive.kind." + k)));
        description.setPrefRowCount(4);
        description.setWrapText(true);
        file.setWrapText(true);
        file.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        extraction.setWrapText(true);
        extraction.getStyleClass().add("text-muted");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        Label hint = new Label(m.get("archive.details.listHint"));
        hint.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (Object[] f : new Object[][] {{"archive.field.title", title}, {"archive.field.kind", kind},
                {"archive.field.symbol", symbol}, {"archive.field.date", date}, {"archive.field.languages", languages},
                {"archive.field.organizations", organizations}, {"archive.field.tags", tags}}) {
            Label label = new Label(m.get((String) f[0]));
            label.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, label, (Node) f[1]);
            GridPane.setHgrow((Node) f[1], Priority.ALWAYS);
        }
        Label heading = new Label(m.get("archive.details.heading"));
        heading.getStyleClass().add("section-title");
        Button open = button("archive.button.open", "archive-open", vm::openSelected);
        Button reveal = button("archive.button.reveal", "archive-reveal", vm::revealSelected);
        Button delete = button("archive.button.delete", "archive-delete", vm::deleteSelected);
        delete.getStyleClass().add("danger");
        form.getChildren().addAll(heading, grid, hint, new Label(m.get("archive.field.description")), description,
                problems, links, file, extraction, new FlowPane(6, 6, open, reveal, delete));
        for (TextInputControl field : List.of(title, symbol, languages, organizations, tags, description)) {
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    save();
                }
            });
        }
        for (TextField field : List.of(title, symbol, languages, organizations, tags)) {
            field.setOnAction(e -> save());
        }
        kind.valueProperty().addListener((obs, old, k) -> save());
        date.valueProperty().addListener((obs, old, d) -> save());
        open.disableProperty().bind(vm.selectedProperty().map(d -> !d.hasFile()).orElse(true));
        reveal.disableProperty().bind(open.disableProperty());
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Document d) {
        filling = true;
        try {
            if (d == null) {
                getChildren().setAll(none);
                return;
            }
            getChildren().setAll(form);
            title.setText(d.title());
            kind.setValue(d.kind());
            symbol.setText(d.symbol());
            date.setValue(d.date());
            languages.setText(String.join(", ", d.languages()));
            organizations.setText(String.join(", ", d.organizationIds().stream().map(this::acronym).toList()));
            tags.setText(String.join(", ", d.tags()));
            description.setText(d.description());
            problems.setText("");
            links.show(d);
            file.setText(d.file() == null ? m.get("archive.details.noFile")
                    : m.get("archive.details.fileLine", d.file().originalName(), d.file().mediaType(), size(d.file().size())));
            extraction.setText(m.get("archive.extraction." + d.extraction())
                    + (d.extractionMessage().isEmpty() ? "" : " — " + d.extractionMessage()));
        } finally {
            filling = false;
        }
    }

    private void save() {
        Document current = vm.selectedProperty().get();
        if (filling || current == null) {
            return;
        }
        List<UUID> orgIds = split(organizations.getText()).stream().map(a -> vm.organizations().stream()
                .filter(o -> o.acronym().equalsIgnoreCase(a)).findFirst().map(Organization::id)
                .orElse(new UUID(0, 0))).toList();
        Document edited = new Document(current.id(), title.getText(), kind.getValue(), symbol.getText(), date.getValue(),
                split(languages.getText()).stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList(), orgIds,
                split(tags.getText()), description.getText(), current.meetingIds(), current.decisionIds(), current.file(),
                current.extraction(), current.extractionMessage(), current.updatedAt());
        List<Problem> found = vm.saveDetails(edited);
        problems.setText(String.join("\n", found.stream().map(Problem::toString).toList()));
    }

    private String acronym(UUID id) {
        return vm.organizations().stream().filter(o -> o.id().equals(id)).findFirst().map(Organization::acronym)
                .orElse(id.toString());
    }

    private static List<String> split(String text) {
        return Arrays.stream(Objects.requireNonNullElse(text, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
