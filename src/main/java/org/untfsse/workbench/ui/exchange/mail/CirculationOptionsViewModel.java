package org.untfsse.workbench.ui.exchange.mail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.exchange.mail.MembershipScope;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;

/**
 * The choices of "Prepare e-mail…" before the file is chosen: formats, recipients, Cc/Bcc, the
 * deadline for comments, the template's language and the sender's name. Checks them all at once and
 * turns them into the same {@link MinutesCirculation.Request} the command line makes.
 */
public final class CirculationOptionsViewModel {

    /** The deadline offered by default: two weeks after the draft is prepared. */
    public static final int DEFAULT_WEEKS_FOR_COMMENTS = 2;

    private final Messages messages;
    private final LocalDate today;
    private final int attendingOrganizations;

    private final BooleanProperty pdf = new SimpleBooleanProperty(true);
    private final BooleanProperty docx = new SimpleBooleanProperty(false);
    private final ObjectProperty<MembershipScope> scope = new SimpleObjectProperty<>(MembershipScope.ALL);
    private final BooleanProperty attendingOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty alternatesInCc = new SimpleBooleanProperty(false);
    private final BooleanProperty bcc = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final StringProperty sender = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** {@code attendingOrganizations}: how many organizations were represented at the meeting. */
    public CirculationOptionsViewModel(Messages messages, LocalDate today, int attendingOrganizations) {
        this.messages = messages;
        this.today = today;
        this.attendingOrganizations = attendingOrganizations;
        deadline.set(today.plusWeeks(DEFAULT_WEEKS_FOR_COMMENTS));
        language.set(SupportedLanguages.closest(messages.locale()));
    }

    public List<Locale> languages() {
        return SupportedLanguages.ALL;
    }

    public int attendingOrganizations() {
        return attendingOrganizations;
    }

    /** Every problem with the current choices (empty when they can be used); also shown in {@link #problems()}. */
    public List<Problem> validate() {
        List<Problem> found = new ArrayList<>();
        if (!pdf.get() && !docx.get()) {
            found.add(problem("mail.options.formats", "mail.options.error.noFormat"));
        }
        if (scope.get() == null) {
            found.add(problem("mail.options.recipients", "mail.options.error.noScope"));
        }
        if (attendingOnly.get() && attendingOrganizations == 0) {
            found.add(problem("mail.options.recipients", "mail.options.error.nobodyAttended"));
        }
        if (deadline.get() != null && deadline.get().isBefore(today)) {
            found.add(new Problem(messages.get("mail.options.deadline"),
                    messages.get("mail.options.error.deadlinePast", deadline.get(), today)));
        }
        if (language.get() == null) {
            found.add(problem("mail.options.language", "mail.options.error.noLanguage"));
        }
        String name = sender.get() == null ? "" : sender.get();
        if (name.contains("\n") || name.contains("\r")) {
            found.add(problem("mail.options.sender", "mail.options.error.senderOneLine"));
        }
        problems.setAll(found.stream().map(Problem::toString).toList());
        return found;
    }

    /** The formats chosen, PDF first. */
    public List<MinutesFormat> formats() {
        List<MinutesFormat> out = new ArrayList<>();
        if (pdf.get()) {
            out.add(MinutesFormat.PDF);
        }
        if (docx.get()) {
            out.add(MinutesFormat.DOCX);
        }
        return out;
    }

    /** The request for the service, once {@link #validate()} found nothing. */
    public MinutesCirculation.Request request(UUID meetingId, Path out) {
        return new MinutesCirculation.Request(meetingId, formats(), scope.get(), attendingOnly.get(),
                alternatesInCc.get(), bcc.get(), deadline.get(), language.get(),
                sender.get() == null ? "" : sender.get().strip(), out);
    }

    /** Keeps the officer's language and name from the last time (they rarely change). */
    public void rememberFrom(CirculationOptionsViewModel previous) {
        if (previous != null) {
            language.set(previous.language.get());
            sender.set(previous.sender.get());
        }
    }

    private Problem problem(String fieldKey, String messageKey) {
        return new Problem(messages.get(fieldKey), messages.get(messageKey));
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public BooleanProperty docxProperty() {
        return docx;
    }

    public ObjectProperty<MembershipScope> scopeProperty() {
        return scope;
    }

    public BooleanProperty attendingOnlyProperty() {
        return attendingOnly;
    }

    public BooleanProperty alternatesInCcProperty() {
        return alternatesInCc;
    }

    public BooleanProperty bccProperty() {
        return bcc;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty senderProperty() {
        return sender;
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
