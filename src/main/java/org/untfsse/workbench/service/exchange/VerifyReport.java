package org.untfsse.workbench.service.exchange;

import java.util.List;
import org.untfsse.workbench.service.common.Problem;

/** What {@code verify} found: SQLite's integrity check ("ok" when sound) and the other checks' problems. */
public record VerifyReport(String databaseCheck, List<Problem> problems) {

    public boolean ok() {
        return "ok".equals(databaseCheck) && problems.isEmpty();
    }
}
