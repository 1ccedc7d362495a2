package org.untfsse.workbench.ui.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.ui.common.DialogService;

/** A DialogService for tests: returns the file it is given and remembers what it was asked to show. */
final class RecordingDialogs implements DialogService {

    Path fileToOpen;
    final List<String> shown = new ArrayList<>();

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        problems.forEach(p -> shown.add(p.toString()));
    }

    @Override
    public void showFailure(String title, Throwable failure) {
        shown.add("failure: " + failure);
    }

    @Override
    public void showInfo(String title, String text) {
        shown.add(text);
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        return true;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        return Optional.empty();
    }
}
