package org.untfsse.workbench.service.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do (or did): per section, how many records are added, updated, unchanged,
 * in conflict; every conflict; and the first {@value #LISTED} added and updated records by name.
 */
public final class ImportPreview {

    public static final int LISTED = 500;

    private final Map<String, Map<ChangeKind, Long>> counts = new LinkedHashMap<>();
    private final List<RecordChange> conflicts = new ArrayList<>();
    private final List<RecordChange> listed = new ArrayList<>();
    private int filesAdded;

    void section(String key) {
        counts.computeIfAbsent(key, k -> new EnumMap<>(ChangeKind.class));
    }

    void add(String section, ChangeKind kind, RecordChange change) {
        counts.computeIfAbsent(section, k -> new EnumMap<>(ChangeKind.class)).merge(kind, 1L, Long::sum);
        if (kind == ChangeKind.CONFLICT) {
            conflicts.add(change);
        } else if (kind != ChangeKind.UNCHANGED && change != null && listsMore()) {
            listed.add(change);
        }
    }

    /** False once {@value #LISTED} added or updated records are listed (the rest are only counted). */
    boolean listsMore() {
        return listed.size() < LISTED;
    }

    void filesAdded(int n) {
        filesAdded = n;
    }

    public int filesAdded() {
        return filesAdded;
    }

    /** Section keys in bundle order. */
    public List<String> sections() {
        return List.copyOf(counts.keySet());
    }

    public long count(String section, ChangeKind kind) {
        return counts.getOrDefault(section, Map.of()).getOrDefault(kind, 0L);
    }

    public long total(ChangeKind kind) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(kind, 0L)).sum();
    }

    public List<RecordChange> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Added and updated records, at most {@value #LISTED}. */
    public List<RecordChange> listedChanges() {
        return List.copyOf(listed);
    }

    /** True when importing would change nothing. */
    public boolean changesNothing() {
        return total(ChangeKind.ADDED) + total(ChangeKind.UPDATED) + filesAdded == 0
                && conflicts.stream().noneMatch(RecordChange::keptIncoming);
    }
}
