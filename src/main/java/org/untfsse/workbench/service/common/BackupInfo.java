package org.untfsse.workbench.service.common;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the data folder's backups/: when it was made and why. */
public record BackupInfo(Path file, LocalDateTime made, String reason, long size) {
}
