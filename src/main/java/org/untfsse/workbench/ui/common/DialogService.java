package org.untfsse.workbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.untfsse.workbench.service.common.Problem;

/**
 * Every dialog a view model may need, behind one interface so view models stay testable
 * without a window.
 */
public interface DialogService {

    /** Lists every problem found, each with where it is. */
    void showProblems(String title, String header, List<Problem> problems);

    /** Explains an unexpected failure in plain words; never a stack trace. */
    void showFailure(String title, Throwable failure);

    void showInfo(String title, String text);

    boolean confirm(String title, String header, String text);

    /** {@code extensions} like {@code "*.csv"}; {@code description} names them. */
    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions);
}
