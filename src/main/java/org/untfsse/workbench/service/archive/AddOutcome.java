package org.untfsse.workbench.service.archive;

import java.nio.file.Path;
import org.untfsse.workbench.model.archive.Document;

/**
 * What adding one file did: a new document, or nothing because the same bytes are already
 * archived — then {@code document} is the record that already holds them.
 */
public record AddOutcome(Path source, Document document, boolean alreadyArchived) {
}
