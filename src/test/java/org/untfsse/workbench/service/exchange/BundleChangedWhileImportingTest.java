package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The import writes the roster sections while it reads the file, inside its transaction; a file that
 * changes while it is read (another program still writing it, a sync client replacing it) must fail
 * the import with a plain message and leave the database as it was.
 */
class BundleChangedWhileImportingTest {

    @TempDir
    Path temp;

    @Test
    void a_bundle_that_changes_while_it_is_imported_is_refused_and_nothing_is_written() throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, 30, 5);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().loadSampleData(Progress.NONE);
            int peopleBefore = b.roster().allPeople().size();
            String before = BundleFixtures.tablesChecksum(b.folder().database());
            boolean[] appended = {false};
            Progress changeTheFileOnceReadingBegan = (done, total, message) -> {
                if (done > 0 && !appended[0]) {
                    appended[0] = true;
                    try {
                        Files.writeString(bundle, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };

            assertThatThrownBy(() -> b.exchange().importBundle(bundle, null, changeTheFileOnceReadingBegan))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.message())
                                    .isEqualTo(b.messages().get("exchange.error.changedWhileReading"))));
            assertThat(appended[0]).as("the file was changed while it was read").isTrue();
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(before);

            assertThat(b.exchange().importBundle(bundle, null, Progress.NONE).changesNothing())
                    .as("the same file, no longer changing, then imports").isFalse();
            assertThat(b.roster().allPeople()).hasSize(peopleBefore + 30 * 6);
        }
    }
}
