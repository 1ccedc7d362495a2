package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.service.archive.SavedSearchRules;
import org.untfsse.workbench.store.exchange.SavedSearchBundleStore;

/**
 * {@code savedSearches}: the archive searches the officer named to run again — query text,
 * filters (kind, year, organization, tag, language; {@code null} does not filter) and order. Checked
 * with the Archive view's rules ({@link SavedSearchRules}: a name, a query the search can run); the
 * organization filter must name an organization. A search named as one stored here under another id
 * (ignoring case, as the archive does) is the same record: matched by name (see {@link NaturalKeyIds}).
 */
public final class SavedSearchSection extends StoredRecordSection<SavedSearch> {

    public static final String KEY = "savedSearches";

    private static final UUID NO_ID = new UUID(0, 0);

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.text("name", FieldSpec.SHORT_TEXT),
            FieldSpec.text("query", FieldSpec.LONG_TEXT),
            FieldSpec.enumOf("kind", DocumentKind.class, true),
            FieldSpec.integer("year", true),
            FieldSpec.reference("organizationId", true),
            FieldSpec.optionalText("tag", FieldSpec.SHORT_TEXT),
            FieldSpec.optionalText("language", 35),
            FieldSpec.enumOf("sort", SearchSort.class, false),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of("archive.field.searchName", "name",
            "archive.field.query", "query");

    private final SavedSearchBundleStore store;
    private final NaturalKeyIds<SavedSearch> ids;
    private final SavedSearchRules rules;

    public SavedSearchSection(SavedSearchBundleStore store, Messages messages) {
        this(store, messages, new NaturalKeyIds<>(SavedSearch::id, s -> fold(s.name())));
    }

    private SavedSearchSection(SavedSearchBundleStore store, Messages messages, NaturalKeyIds<SavedSearch> ids) {
        super(KEY, FIELDS, ids::idOf, SavedSearch::updatedAt, messages);
        this.store = store;
        this.ids = ids;
        this.rules = new SavedSearchRules(messages);
    }

    @Override
    public String label(SavedSearch s) {
        return s.name();
    }

    @Override
    public Object[] values(SavedSearch s) {
        DocumentFilter f = s.filter();
        return new Object[] {s.id(), s.name(), s.query(), f.kind(), f.year(), f.organizationId(), f.tag(), f.language(),
                s.sort(), s.updatedAt()};
    }

    @Override
    public SavedSearch fromFields(RecordFields f) {
        Long year = f.integer("year");
        if (year != null && (year < 1 || year > 9999)) {
            throw new IllegalArgumentException("year: " + messages.get("exchange.error.year"));
        }
        DocumentFilter filter = new DocumentFilter(f.enumValue("kind", DocumentKind.class),
                year == null ? null : year.intValue(), f.uuid("organizationId"), f.text("tag"), f.text("language"));
        return new SavedSearch(f.uuid("id"), f.text("name"), f.text("query"), filter,
                f.enumValue("sort", SearchSort.class), f.instant("updatedAt"));
    }

    /** The id too: the same search from another laptop, with the same settings, is unchanged. */
    @Override
    protected SavedSearch withoutStamp(SavedSearch s) {
        return new SavedSearch(NO_ID, s.name(), s.query(), s.filter(), s.sort(), Instant.EPOCH);
    }

    @Override
    public void forEachStored(Consumer<SavedSearch> sink) {
        store.forEachSearch(sink);
    }

    @Override
    public long countStored() {
        return store.count();
    }

    @Override
    public Map<UUID, SavedSearch> loadStored() {
        List<SavedSearch> all = new ArrayList<>();
        store.forEachSearch(all::add);
        ids.refresh(all);
        Map<UUID, SavedSearch> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    @Override
    public void validate(SectionCheck<SavedSearch> check) {
        Map<UUID, SavedSearch> merged = check.merged(KEY);
        Map<String, List<UUID>> byName = ids.idsByKey(merged);
        for (Incoming<SavedSearch> in : check.incoming()) {
            SavedSearch s = in.record();
            RuleProblems.report(rules.check(s.name(), s.query()), in, messages, LABELS, check);
            checkReference(check, in.path() + ".organizationId", OrganizationSection.KEY, s.filter().organizationId());
            UUID id = id(s);
            // Unique names matter only for what will be stored; a losing incoming search is checked on its own.
            if (!s.name().isEmpty() && s.equals(merged.get(id))) {
                byName.getOrDefault(ids.keyOf(s), List.of()).stream().filter(other -> !other.equals(id)).findFirst()
                        .ifPresent(other -> check.problem(in.path() + ".name",
                                messages.get("exchange.error.searchNameTaken", s.name(), other)));
            }
        }
    }

    /** Written under the id each record was matched with, so a stored search keeps its id. */
    @Override
    public void saveAll(List<SavedSearch> records) {
        store.replace(records.stream().map(s -> new SavedSearch(id(s), s.name(), s.query(), s.filter(), s.sort(),
                s.updatedAt())).toList());
    }

    /** SQLite's NOCASE, which keeps the names unique, folds ASCII letters only; so does this. */
    private static String fold(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
