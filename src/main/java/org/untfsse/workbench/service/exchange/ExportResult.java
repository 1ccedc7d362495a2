package org.untfsse.workbench.service.exchange;

import java.nio.file.Path;

/** What an export wrote: the bundle, its record count, and (with files) the zip and its file count. */
public record ExportResult(Path bundle, long records, Path filesZip, int files) {
}
