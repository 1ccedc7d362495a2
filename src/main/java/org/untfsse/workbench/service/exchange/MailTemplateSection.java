package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.service.exchange.mail.MailTemplateRules;
import org.untfsse.workbench.store.exchange.MailTemplateBundleStore;

/**
 * {@code mailTemplates}: the circulation e-mail templates the officer saved, one per language (the
 * default texts of the resource bundles are not records and do not travel). Checked with the Mail
 * templates window's rules ({@link MailTemplateRules}); the language is one of the six the workbench
 * speaks. A template for a language that already has one here, under another id (two laptops each
 * saved their own), is the same record: matched by language (see {@link NaturalKeyIds}).
 */
public final class MailTemplateSection extends StoredRecordSection<MailTemplate> {

    public static final String KEY = "mailTemplates";

    private static final UUID NO_ID = new UUID(0, 0);

    /** The language tags of {@link SupportedLanguages#ALL}: en, fr, es, ar, zh, ru. */
    static final List<String> LANGUAGES = SupportedLanguages.ALL.stream().map(Locale::toLanguageTag).toList();

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            new FieldSpec("language", FieldType.ENUM, true, false, LANGUAGES, 0, false, List.of()),
            FieldSpec.text("subject", FieldSpec.SHORT_TEXT),
            FieldSpec.text("body", FieldSpec.LONG_TEXT),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of("mail.field.subject", "subject", "mail.field.body", "body");

    private final MailTemplateBundleStore store;
    private final NaturalKeyIds<MailTemplate> ids;
    private final MailTemplateRules rules;

    public MailTemplateSection(MailTemplateBundleStore store, Messages messages) {
        this(store, messages, new NaturalKeyIds<>(MailTemplate::id, MailTemplate::language));
    }

    private MailTemplateSection(MailTemplateBundleStore store, Messages messages, NaturalKeyIds<MailTemplate> ids) {
        super(KEY, FIELDS, ids::idOf, MailTemplate::updatedAt, messages);
        this.store = store;
        this.ids = ids;
        this.rules = new MailTemplateRules(messages);
    }

    @Override
    public String label(MailTemplate t) {
        return SupportedLanguages.nativeName(Locale.forLanguageTag(t.language()));
    }

    @Override
    public Object[] values(MailTemplate t) {
        return new Object[] {t.id(), t.language(), t.subject(), t.body(), t.updatedAt()};
    }

    @Override
    public MailTemplate fromFields(RecordFields f) {
        return new MailTemplate(f.uuid("id"), f.text("language"), f.text("subject"), f.text("body"),
                f.instant("updatedAt"));
    }

    /** The id too: the same language's template from another laptop, with the same texts, is unchanged. */
    @Override
    protected MailTemplate withoutStamp(MailTemplate t) {
        return new MailTemplate(NO_ID, t.language(), t.subject(), t.body(), Instant.EPOCH);
    }

    @Override
    public void forEachStored(Consumer<MailTemplate> sink) {
        store.forEachTemplate(sink);
    }

    @Override
    public long countStored() {
        return store.count();
    }

    @Override
    public Map<UUID, MailTemplate> loadStored() {
        List<MailTemplate> all = new ArrayList<>();
        store.forEachTemplate(all::add);
        ids.refresh(all);
        Map<UUID, MailTemplate> byId = new HashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    @Override
    public void validate(SectionCheck<MailTemplate> check) {
        Map<UUID, MailTemplate> merged = check.merged(KEY);
        Map<String, List<UUID>> byLanguage = ids.idsByKey(merged);
        for (Incoming<MailTemplate> in : check.incoming()) {
            MailTemplate t = in.record();
            RuleProblems.report(rules.check(t.subject(), t.body()), in, messages, LABELS, check);
            UUID id = id(t);
            // One template per language matters only for what will be stored; a losing incoming one is checked on its own.
            if (t.equals(merged.get(id))) {
                byLanguage.getOrDefault(t.language(), List.of()).stream().filter(other -> !other.equals(id)).findFirst()
                        .ifPresent(other -> check.problem(in.path() + ".language",
                                messages.get("exchange.error.templateLanguageTaken", label(t), other)));
            }
        }
    }

    /** Written under the id each record was matched with, so a stored template keeps its id. */
    @Override
    public void saveAll(List<MailTemplate> records) {
        store.replace(records.stream().map(t -> new MailTemplate(id(t), t.language(), t.subject(), t.body(),
                t.updatedAt())).toList());
    }
}
