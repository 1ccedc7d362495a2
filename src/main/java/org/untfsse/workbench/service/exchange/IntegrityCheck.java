package org.untfsse.workbench.service.exchange;

import java.util.List;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;

/**
 * One check {@code verify} runs besides the database's own integrity check. The extension point
 * for other features: the archive adds its own (files referenced by documents present, sizes
 * right) by registering an implementation in {@code AppContext}.
 */
@FunctionalInterface
public interface IntegrityCheck {
    /** Every problem found; empty when all is well. */
    List<Problem> run(Progress progress) throws Exception;
}
