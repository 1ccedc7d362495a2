package org.untfsse.workbench.service.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;

/** Every file in the archive folder still has the bytes its SHA-256 name promises. */
public final class ArchiveHashCheck implements IntegrityCheck {

    private final ArchiveFiles archive;
    private final Messages messages;

    public ArchiveHashCheck(ArchiveFiles archive, Messages messages) {
        this.archive = archive;
        this.messages = messages;
    }

    @Override
    public List<Problem> run(Progress progress) throws Exception {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = archive.all();
        int done = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String actual = ArchiveFiles.hashOf(file);
            if (!actual.equals(name)) {
                problems.add(new Problem(archive.folder().relativize(file).toString(),
                        messages.get("exchange.verify.hashMismatch", actual)));
            }
            progress.update(++done, files.size(), name);
        }
        return problems;
    }
}
