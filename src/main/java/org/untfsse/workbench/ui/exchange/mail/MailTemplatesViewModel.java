package org.untfsse.workbench.ui.exchange.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;

/**
 * The "E-mail templates" window's state: the language, its subject and message as being edited,
 * whether the saved text is the officer's own or the default, and the problems of the last save.
 * Edits not yet saved are kept per language while the officer looks at another one.
 */
public final class MailTemplatesViewModel {

    private record Edit(String subject, String body) {
    }

    private final MailTemplateService templates;
    private final Messages messages;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Map<Locale, Edit> unsaved = new LinkedHashMap<>();
    private boolean loading;

    public MailTemplatesViewModel(MailTemplateService templates, Messages messages) {
        this.templates = templates;
        this.messages = messages;
        language.addListener((o, before, after) -> {
            remember(before);
            load();
        });
        subject.addListener((o, a, b) -> edited());
        body.addListener((o, a, b) -> edited());
        language.set(SupportedLanguages.closest(messages.locale()));
    }

    public List<Locale> languages() {
        return SupportedLanguages.ALL;
    }

    /** Each placeholder with what it becomes, e.g. "{number} — the meeting's number, e.g. 47". */
    public List<String> placeholders() {
        return MailTemplateService.PLACEHOLDERS.stream()
                .map(p -> messages.get("mail.templates.placeholder", "{" + p + "}",
                        messages.get("mail.templates.placeholder." + p)))
                .toList();
    }

    /** Saves the text shown for the chosen language; false (and {@link #problems()} filled) when refused. */
    public boolean save() {
        try {
            templates.save(language.get(), subject.get(), body.get(), messages);
        } catch (ValidationException invalid) {
            problems.setAll(invalid.problems().stream().map(Problem::toString).toList());
            return false;
        }
        problems.clear();
        unsaved.remove(language.get());
        load();
        status.set(messages.get("mail.templates.saved", SupportedLanguages.nativeName(language.get())));
        return true;
    }

    /** Goes back to the workbench's default text for the chosen language, forgetting the officer's own. */
    public void resetToDefault() {
        templates.reset(language.get());
        unsaved.remove(language.get());
        problems.clear();
        load();
    }

    /** True when some language has edits that were not saved. */
    public boolean hasUnsavedChanges() {
        remember(language.get());
        return !unsaved.isEmpty();
    }

    private void load() {
        Locale chosen = language.get();
        if (chosen == null) {
            return;
        }
        MailTemplate saved = templates.template(chosen);
        Edit edit = unsaved.getOrDefault(chosen, new Edit(saved.subject(), saved.body()));
        loading = true;
        subject.set(edit.subject());
        body.set(edit.body());
        loading = false;
        problems.clear();
        showStatus();
    }

    private void edited() {
        if (!loading) {
            showStatus();
        }
    }

    private void showStatus() {
        Locale chosen = language.get();
        boolean changed = isChanged(chosen);
        status.set(messages.get(changed ? "mail.templates.status.unsaved"
                : templates.isCustomised(chosen) ? "mail.templates.status.own" : "mail.templates.status.default"));
    }

    private void remember(Locale which) {
        if (which == null) {
            return;
        }
        if (isChanged(which)) {
            unsaved.put(which, new Edit(subject.get(), body.get()));
        } else {
            unsaved.remove(which);
        }
    }

    private boolean isChanged(Locale which) {
        MailTemplate saved = templates.template(which);
        return !saved.subject().equals(subject.get()) || !saved.body().equals(body.get());
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
