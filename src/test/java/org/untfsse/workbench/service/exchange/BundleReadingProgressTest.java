package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * A large bundle's preview and import report determinate progress over the readings of the file:
 * the preview reads it twice (check, then merge), the import once (check, merge and write together).
 */
class BundleReadingProgressTest {

    @TempDir
    Path temp;

    private record Update(long done, long total, String message) {
    }

    @Test
    void the_preview_reads_the_file_twice_and_the_import_once_reporting_bytes_up_to_the_whole() throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, 1_000, 9);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        long size = Files.size(bundle);
        assertThat(size).as("large enough for progress within a reading").isGreaterThan(3L << 20);

        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            Messages m = b.messages();
            List<Update> preview = new ArrayList<>();
            b.exchange().preview(bundle, null, (done, total, message) -> preview.add(new Update(done, total, message)));
            List<Update> imported = new ArrayList<>();
            b.exchange().importBundle(bundle, null, (done, total, message) -> imported.add(new Update(done, total, message)));

            assertReadings(preview, 2 * size, size, m.get("exchange.progress.reading"), m.get("exchange.progress.checking"));
            // The import's one reading checks and writes together: "Checking and applying" from the start.
            assertReadings(imported.stream().filter(u -> u.total() > 0).toList(), size, size,
                    m.get("exchange.progress.applying"), null);
            assertThat(b.roster().allOrganizations()).hasSize(1_000);
        }
    }

    private static void assertReadings(List<Update> updates, long total, long size, String first, String later) {
        assertThat(updates).isNotEmpty().allSatisfy(u -> assertThat(u.total()).isEqualTo(total));
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i).done()).as("never goes back").isGreaterThanOrEqualTo(updates.get(i - 1).done());
        }
        assertThat(updates.get(updates.size() - 1).done()).as("every byte of every reading").isEqualTo(total);
        assertThat(updates).as("reported within the first reading, not only at its end")
                .anySatisfy(u -> assertThat(u.done()).isBetween(1L, size - 1));
        assertThat(updates).filteredOn(u -> u.done() <= size).extracting(Update::message).containsOnly(first);
        if (later != null) {
            assertThat(updates).filteredOn(u -> u.done() > size).extracting(Update::message)
                    .isNotEmpty().containsOnly(later);
        }
    }
}
