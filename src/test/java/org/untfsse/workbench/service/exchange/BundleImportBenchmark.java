package org.untfsse.workbench.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The import alone (not a test), for measuring its time and memory apart from generating the data:
 * imports a bundle (e.g. the {@code bundle.json} a {@link BundleBenchmark} run leaves in its folder)
 * into an empty database in a new folder, and with {@code again}, imports it once more over the same
 * rows (every record looked up and merged; all unchanged). Run as documented in docs/bundle.md.
 */
public final class BundleImportBenchmark {

    private BundleImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        boolean again = args.length > 2 && args[2].equals("again");
        if (Files.exists(work)) {
            throw new IllegalStateException(work + " exists; give a new folder");
        }
        try (AppContext target = new AppContext(new DataFolder(work), TestWorkbench.english(),
                java.time.Clock.systemUTC())) {
            target.database();
            long t = System.nanoTime();
            ImportPreview preview = target.exchange().importBundle(bundle, null, Progress.NONE);
            double seconds = (System.nanoTime() - t) / 1e9;
            long records = preview.total(ChangeKind.ADDED) + preview.total(ChangeKind.UPDATED)
                    + preview.total(ChangeKind.UNCHANGED) + preview.total(ChangeKind.CONFLICT);
            System.out.printf(Locale.ROOT, "import into an empty database: %,d records in %.2f s (%,.0f records/s)%n",
                    records, seconds, records / seconds);
            if (again) {
                t = System.nanoTime();
                preview = target.exchange().importBundle(bundle, null, Progress.NONE);
                seconds = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "the same import again: %.2f s (%,d unchanged)%n", seconds,
                        preview.total(ChangeKind.UNCHANGED));
            }
        }
        System.out.printf(Locale.ROOT, "max heap %,d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
