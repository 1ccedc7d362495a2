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

    /**
     * {@link #showInfo} with a list of details under the text, introduced by {@code detailsHeading}
     * (every conflict of an import: there may be many, so the window scrolls them); no list when
     * {@code details} is empty.
     */
    default void showInfo(String title, String text, String detailsHeading, List<String> details) {
        showInfo(title, withDetails(text, detailsHeading, details));
    }

    /** {@link #confirm} with a list of details as in {@link #showInfo(String, String, String, List)}, then {@code question}. */
    default boolean confirm(String title, String header, String text, String detailsHeading, List<String> details,
                            String question) {
        return confirm(title, header, withDetails(text, detailsHeading, details) + "\n\n" + question);
    }

    private static String withDetails(String text, String detailsHeading, List<String> details) {
        return details.isEmpty() ? text : text + "\n\n" + detailsHeading + "\n" + String.join("\n", details);
    }

    /** {@code extensions} like {@code "*.csv"}; {@code description} names them. */
    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions);
}
