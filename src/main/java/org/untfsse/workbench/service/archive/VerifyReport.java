package org.untfsse.workbench.service.archive;

import java.util.List;

/** The result of checking every archived file against its hash. Nothing is changed by checking. */
public record VerifyReport(int filesChecked, List<FileProblem> problems) {

    public enum Kind { MISSING, ALTERED }

    /** One file that is not as it was archived, named as the user knows it. */
    public record FileProblem(Kind kind, String sha256, String fileName, String documentTitles) {
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
