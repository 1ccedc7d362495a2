package org.untfsse.workbench.service.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.store.archive.DocumentRepository.FileUse;

/** Re-hashes every archived file and lists those missing or altered. It only reports. */
final class ArchiveVerifier {

    private final ArchiveFileStore files;

    ArchiveVerifier(ArchiveFileStore files) {
        this.files = files;
    }

    VerifyReport verify(List<FileUse> uses, Progress progress) {
        List<VerifyReport.FileProblem> problems = new ArrayList<>();
        for (int i = 0; i < uses.size(); i++) {
            FileUse use = uses.get(i);
            progress.update(i, uses.size(), use.fileName());
            Path path = files.path(use.sha256());
            VerifyReport.Kind kind = null;
            if (!Files.isRegularFile(path)) {
                kind = VerifyReport.Kind.MISSING;
            } else {
                try {
                    if (!ArchiveFileStore.hash(path).equals(use.sha256())) {
                        kind = VerifyReport.Kind.ALTERED;
                    }
                } catch (IOException unreadable) {
                    kind = VerifyReport.Kind.MISSING;
                }
            }
            if (kind != null) {
                problems.add(new VerifyReport.FileProblem(kind, use.sha256(), use.fileName(), use.titles()));
            }
        }
        progress.update(uses.size(), uses.size(), "");
        return new VerifyReport(uses.size(), problems);
    }
}
