package org.untfsse.workbench.service.exchange;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The export half of {@link BundleBenchmark} on its own (not a test): builds the same synthetic
 * database once (or reuses the one in the folder given), then times the export and
 * {@code sqlite3 -json} of the same tables in alternation, each after one warm-up run, so both
 * sides see the same load. Run as documented in docs/bundle.md.
 */
public final class BundleExportBenchmark {

    private BundleExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bundle-export-benchmark").toAbsolutePath();
        int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path bundle = work.resolve("bundle.json");
        Path sqliteOut = work.resolve("sqlite.json");
        boolean exists = Files.exists(work.resolve("source"));
        try (AppContext source = new AppContext(new DataFolder(work.resolve("source")), TestWorkbench.english(),
                java.time.Clock.systemUTC())) {
            if (!exists) {
                long t = System.nanoTime();
                long rows = BundleFixtures.generate(source, organizations, 1)
                        + BundleFixtures.generateRotationAndDocuments(source, organizations / 10, 1);
                System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, seconds(t));
            }
            Path db = source.folder().database();
            long records = source.exchange().export(bundle, null, false, Progress.NONE).records();
            BundleBenchmark.sqliteJson(db, sqliteOut);
            double[] export = new double[rounds];
            double[] sqlite = new double[rounds];
            double[] synced = new double[rounds];
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < rounds; i++) {
                // As in BundleBenchmark, neither side replaces an earlier output (deleting 300 MB takes time).
                Files.deleteIfExists(bundle);
                Files.deleteIfExists(sqliteOut);
                System.gc();
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                source.exchange().export(bundle, null, false, Progress.NONE);
                export[i] = seconds(t);
                double exportCpu = (os.getProcessCpuTime() - cpu) / 1e9;
                double childCpu = childCpuSeconds();
                sqlite[i] = BundleBenchmark.sqliteJson(db, sqliteOut);
                double sqliteCpu = childCpuSeconds() - childCpu;
                synced[i] = sqlite[i] + BundleBenchmark.sync(sqliteOut);
                System.out.printf(Locale.ROOT, "round %d: export %.2f s (CPU %.2f s), sqlite3 -json %.2f s (CPU %.2f s;"
                        + " %.2f s synced), ratio %.2f (%.2f synced); load %s%n", i + 1, export[i], exportCpu, sqlite[i],
                        sqliteCpu, synced[i], export[i] / sqlite[i], export[i] / synced[i], load());
            }
            System.out.printf(Locale.ROOT, "records: %,d; bundle %,d bytes; sqlite3 output %,d bytes%n", records,
                    Files.size(bundle), Files.size(sqliteOut));
            System.out.printf(Locale.ROOT, "median: export %.2f s (%,.0f records/s), sqlite3 -json %.2f s (%.2f s synced),"
                    + " ratio %.2f (%.2f synced)%n", median(export), records / median(export), median(sqlite),
                    median(synced), median(export) / median(sqlite), median(export) / median(synced));
        }
    }

    /** User and system CPU time of the finished child processes (sqlite3), from /proc/self/stat. */
    private static double childCpuSeconds() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0; // cutime, cstime in clock ticks
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
