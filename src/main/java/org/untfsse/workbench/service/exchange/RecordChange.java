package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * One record an import adds, updates, or finds in conflict.
 *
 * @param keptIncoming for a conflict: true when the bundle's version is kept, false when this copy's is
 * @param localUpdatedAt null when the record is new here
 */
public record RecordChange(String section, UUID id, String label, String path, ChangeKind kind, boolean keptIncoming,
                           Instant localUpdatedAt, Instant incomingUpdatedAt) {
}
