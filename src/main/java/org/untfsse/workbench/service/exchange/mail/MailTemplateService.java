package org.untfsse.workbench.service.exchange.mail;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.exchange.mail.MailTemplateRepository;

/**
 * The circulation e-mail's subject and body per language: the officer's own saved version, or the
 * default texts of that language. Placeholders such as {@code {number}} are filled in per meeting.
 */
public final class MailTemplateService {

    /** Every placeholder a template may use, in the order the default texts' MessageFormat arguments take them. */
    public static final List<String> PLACEHOLDERS =
            List.of("meeting", "number", "title", "date", "deadline", "decisions", "actions", "sender");

    private final Database database;
    private final MailTemplateRepository repository;
    private final Clock clock;

    public MailTemplateService(Database database, MailTemplateRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    /** The template for {@code language}: the saved one, or the default texts in that language. */
    public MailTemplate template(Locale language) {
        String tag = language.toLanguageTag();
        return database.read(() -> repository.findByLanguage(tag)).orElseGet(() -> defaultTemplate(language));
    }

    public MailTemplate defaultTemplate(Locale language) {
        Messages texts = Messages.forLocale(language);
        Object[] tokens = PLACEHOLDERS.stream().map(p -> "{" + p + "}").toArray();
        return new MailTemplate(UUID.randomUUID(), language.toLanguageTag(), texts.get("mail.template.subject", tokens),
                texts.get("mail.template.body", tokens), null);
    }

    public boolean isCustomised(Locale language) {
        return database.read(() -> repository.findByLanguage(language.toLanguageTag())).isPresent();
    }

    /** Saves the officer's template for {@code language}, after checking it in full (problems in that language). */
    public MailTemplate save(Locale language, String subject, String body) {
        return save(language, subject, body, Messages.forLocale(language));
    }

    /** As {@link #save(Locale, String, String)}, with any problems worded in {@code texts} (the window's language). */
    public MailTemplate save(Locale language, String subject, String body, Messages texts) {
        String tag = language.toLanguageTag();
        List<Problem> problems = new ArrayList<>(new MailTemplateRules(texts).check(subject, body));
        List<String> supported = SupportedLanguages.ALL.stream().map(Locale::toLanguageTag).toList();
        if (!supported.contains(tag)) { // a bundle carries templates of the six languages only
            problems.add(0, new Problem(texts.get("mail.field.language"),
                    texts.get("mail.error.unsupportedLanguage", tag, String.join(", ", supported))));
        }
        ValidationException.throwIfAny(problems);
        return database.write(() -> {
            MailTemplate base = repository.findByLanguage(tag)
                    .orElseGet(() -> new MailTemplate(UUID.randomUUID(), tag, "", "", null));
            MailTemplate saved = base.withText(subject.strip(), body == null ? "" : body, Clocks.now(clock));
            repository.save(saved);
            return saved;
        });
    }

    /** Forgets the officer's template for {@code language}: the default texts apply again. */
    public void reset(Locale language) {
        database.write(() -> {
            repository.deleteByLanguage(language.toLanguageTag());
            return null;
        });
    }

    /** The subject and body for {@code meeting}, in {@code language}; the subject is one line. */
    public RenderedMail render(MailTemplate template, MeetingSummary meeting, String sender, Locale language) {
        Map<String, String> values = values(meeting, sender, language);
        return new RenderedMail(fill(template.subject(), values).replaceAll("\\s+", " ").strip(),
                fill(template.body(), values));
    }

    static Map<String, String> values(MeetingSummary meeting, String sender, Locale language) {
        Messages texts = Messages.forLocale(language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale("en".equals(language.getLanguage()) ? Locale.UK : language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("meeting", meeting.number() != null ? texts.get("mail.meeting.numbered", String.valueOf(meeting.number()))
                : meeting.title().isEmpty() ? texts.get("mail.meeting.unnumbered") : meeting.title());
        values.put("number", meeting.number() == null ? "" : String.valueOf(meeting.number()));
        values.put("title", meeting.title());
        values.put("date", dates.format(meeting.date()));
        values.put("deadline", meeting.commentDeadline() == null ? texts.get("mail.noDeadline")
                : dates.format(meeting.commentDeadline()));
        values.put("decisions", String.valueOf(meeting.decisions()));
        values.put("actions", String.valueOf(meeting.openActions()));
        values.put("sender", sender == null || sender.isBlank() ? texts.get("mail.defaultSender") : sender.strip());
        return values;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = MailTemplateRules.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
