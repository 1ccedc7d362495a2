package org.untfsse.workbench.ui.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The archive's own dialogs (several files, a folder, a name), behind an interface so the view model stays testable. */
public interface ArchiveDialogs {

    List<Path> chooseFiles(String title, String description);

    Optional<Path> chooseFolder(String title);

    Optional<String> askText(String title, String header, String initial);

    /** Shows a list of lines under a heading (e.g. verify results). */
    void showList(String title, String header, List<String> lines);

    /** A warning with a choice of actions; the index of the one chosen, empty when cancelled. */
    OptionalInt choose(String title, String header, String text, List<String> choices);
}
