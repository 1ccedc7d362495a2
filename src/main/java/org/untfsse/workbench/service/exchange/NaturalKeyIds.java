package org.untfsse.workbench.service.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The id a record is matched by, for records whose table also keeps a natural key unique (a mail
 * template's language, a saved search's name): two laptops create different ids for the same
 * language or name. A record is matched by its own id when that id is stored here; otherwise by its
 * key, so an incoming template for a language that already has one here is that stored record
 * (newer wins, a conflict when both changed) and keeps this copy's id.
 *
 * <p>{@link #refresh} takes the stored records at the start of every merge (the section's
 * {@code loadStored}); the merge and the save that follows run in that same transaction.
 */
final class NaturalKeyIds<T> {

    private record Stored(Set<UUID> ids, Map<String, UUID> byKey) {
    }

    private final Function<T, UUID> ownId;
    private final Function<T, String> key;
    private volatile Stored stored = new Stored(Set.of(), Map.of());

    NaturalKeyIds(Function<T, UUID> ownId, Function<T, String> key) {
        this.ownId = ownId;
        this.key = key;
    }

    void refresh(Collection<T> records) {
        Set<UUID> ids = new HashSet<>();
        Map<String, UUID> byKey = new HashMap<>();
        for (T r : records) {
            ids.add(ownId.apply(r));
            byKey.put(key.apply(r), ownId.apply(r));
        }
        stored = new Stored(ids, byKey);
    }

    /** The stored id this record is matched with, or its own id when nothing stored matches. */
    UUID idOf(T record) {
        Stored s = stored;
        UUID own = ownId.apply(record);
        return s.ids().contains(own) ? own : s.byKey().getOrDefault(key.apply(record), own);
    }

    /** The natural key, as the unique index compares it. */
    String keyOf(T record) {
        return key.apply(record);
    }

    /** Map keys of {@code merged} (the ids records are matched by) grouped by natural key. */
    Map<String, List<UUID>> idsByKey(Map<UUID, T> merged) {
        Map<String, List<UUID>> out = new HashMap<>();
        merged.forEach((id, r) -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>(1)).add(id));
        return out;
    }
}
