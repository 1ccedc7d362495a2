package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;

/**
 * What every plain section shares: its key and fields, its id and {@code updatedAt} accessors, the
 * stored records by id (from {@link #forEachStored}), content equality apart from the stamp, and
 * the "refers to a record that is nowhere" problem.
 */
abstract class StoredRecordSection<T> implements BundleSection<T> {

    private final String key;
    private final List<FieldSpec> fields;
    private final Function<T, UUID> id;
    private final Function<T, Instant> updatedAt;
    protected final Messages messages;

    StoredRecordSection(String key, List<FieldSpec> fields, Function<T, UUID> id, Function<T, Instant> updatedAt,
                        Messages messages) {
        this.key = key;
        this.fields = List.copyOf(fields);
        this.id = id;
        this.updatedAt = updatedAt;
        this.messages = messages;
    }

    /** The record with its stamp (and any state that never travels in a bundle) set to fixed values. */
    protected abstract T withoutStamp(T record);

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final List<FieldSpec> fields() {
        return fields;
    }

    @Override
    public final UUID id(T record) {
        return id.apply(record);
    }

    @Override
    public final Instant updatedAt(T record) {
        return updatedAt.apply(record);
    }

    @Override
    public boolean sameContent(T a, T b) {
        return withoutStamp(a).equals(withoutStamp(b));
    }

    @Override
    public Map<UUID, T> loadStored() {
        Map<UUID, T> all = new HashMap<>();
        forEachStored(r -> all.put(id(r), r));
        return all;
    }

    /**
     * Reports {@code path} when {@code target} (if not null) is in no {@code section} of the merged
     * result; a section not registered in this build is not checked (e.g. meetings, before they exist).
     * Returns true when the reference is fine.
     */
    protected boolean checkReference(SectionCheck<?> check, String path, String section, UUID target) {
        if (target == null || !check.hasSection(section) || check.exists(section, target)) {
            return true;
        }
        check.problem(path, messages.get("exchange.error.dangling", target, messages.get("exchange.section." + section)));
        return false;
    }
}
