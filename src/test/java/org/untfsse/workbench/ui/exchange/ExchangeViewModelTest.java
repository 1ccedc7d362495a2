package org.untfsse.workbench.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.InlineTaskRunner;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

class ExchangeViewModelTest {

    @TempDir
    Path temp;

    /** Answers every question as told and records what was shown. */
    static final class ScriptedDialogs implements DialogService {
        Path open;
        Path save;
        boolean answer = true;
        final List<String> shown = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        @Override
        public void showProblems(String title, String header, List<Problem> found) {
            problems.addAll(found);
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
            shown.add(text);
            return answer;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
            return Optional.ofNullable(save);
        }
    }

    @Test
    void import_shows_the_preview_and_applies_only_after_confirmation() throws Exception {
        Path bundle = temp.resolve("sample.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            a.exchange().loadSampleData(Progress.NONE);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            dialogs.open = bundle;
            dialogs.answer = false;
            int[] refreshed = {0};
            ExchangeViewModel model = new ExchangeViewModel(b.exchange(), dialogs, new InlineTaskRunner(),
                    b.messages(), () -> refreshed[0]++);
            model.importBundle();
            assertThat(dialogs.shown).singleElement().asString().contains("organizations: 34 added");
            assertThat(b.roster().allOrganizations()).isEmpty();
            dialogs.answer = true;
            dialogs.shown.clear();
            model.importBundle();
            assertThat(b.roster().allOrganizations()).hasSize(34);
            assertThat(refreshed[0]).isEqualTo(1);
            assertThat(dialogs.shown).as("the preview, then what was applied").hasSize(2);
            assertThat(dialogs.shown.get(1)).startsWith(b.messages().get("exchange.dialog.imported"))
                    .contains("organizations: 34 added");
        }
    }

    @Test
    void a_refused_bundle_lists_its_problems_and_exports_go_to_the_chosen_file() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "[1, 2");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ExchangeViewModel model = new ExchangeViewModel(a.exchange(), dialogs, new InlineTaskRunner(), a.messages(),
                    () -> { });
            model.offerSampleDataIfEmpty();
            assertThat(a.roster().allOrganizations()).hasSize(34);
            dialogs.open = bad;
            model.importBundle();
            assertThat(dialogs.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("not a workbench bundle"));
            dialogs.save = temp.resolve("out.json");
            model.exportBundle();
            assertThat(temp.resolve("out.json")).isNotEmptyFile();
        }
    }
}
