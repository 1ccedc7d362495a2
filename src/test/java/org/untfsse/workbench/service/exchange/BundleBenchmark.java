package org.untfsse.workbench.service.exchange;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The bundle benchmark (not a test): builds a synthetic database of about one million rows
 * (100,000 organizations, 300,000 membership periods, 600,000 people, one user office, 48 rotation
 * terms, 10,000 documents with their languages, organizations, tags and links), times the export,
 * the import of that export into an empty database, and {@code sqlite3 -json} printing the same
 * tables (export and sqlite3 each after one warm-up run). Run as documented in docs/bundle.md.
 */
public final class BundleBenchmark {

    private BundleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bundle-benchmark").toAbsolutePath();
        int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        if (Files.exists(work)) {
            throw new IllegalStateException(work + " exists; give a new folder");
        }
        Path bundle = work.resolve("bundle.json");
        long rows;
        double exportSeconds;
        Path sourceDb;
        try (AppContext source = context(work.resolve("source"))) {
            long t = System.nanoTime();
            rows = BundleFixtures.generate(source, organizations, 1)
                    + BundleFixtures.generateRotationAndDocuments(source, organizations / 10, 1);
            System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, seconds(t));
            source.exchange().export(work.resolve("warm-up.json"), null, false, Progress.NONE);
            System.gc();
            t = System.nanoTime();
            source.exchange().export(bundle, null, false, Progress.NONE);
            exportSeconds = seconds(t);
            sourceDb = source.folder().database();
        }
        double importSeconds;
        try (AppContext target = context(work.resolve("target"))) {
            target.database();
            System.gc();
            long t = System.nanoTime();
            target.exchange().importBundle(bundle, null, Progress.NONE);
            importSeconds = seconds(t);
        }
        sqliteJson(sourceDb, work.resolve("warm-up.sqlite.json")); // measured after one warm-up, as the export
        double sqliteSeconds = sqliteJson(sourceDb, work.resolve("sqlite.json"));
        double syncSeconds = sync(work.resolve("sqlite.json"));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "rows: %,d; bundle: %,d bytes%n", rows, Files.size(bundle));
        System.out.printf(Locale.ROOT, "export: %.2f s (%,.0f records/s)%n", exportSeconds, rows / exportSeconds);
        System.out.printf(Locale.ROOT, "import into an empty database: %.2f s (%,.0f records/s)%n", importSeconds,
                rows / importSeconds);
        System.out.printf(Locale.ROOT, "sqlite3 -json of the same tables: %.2f s (%,d bytes)%n", sqliteSeconds,
                Files.size(work.resolve("sqlite.json")));
        System.out.printf(Locale.ROOT, "ratio export / sqlite3 -json: %.2f%n", exportSeconds / sqliteSeconds);
        // The export syncs its file to disk before renaming it into place (a crash never leaves half
        // a bundle); sqlite3 leaves its output in the page cache. The like-for-like reference:
        System.out.printf(Locale.ROOT, "sqlite3 -json then syncing its output to disk: %.2f s; ratio %.2f%n",
                sqliteSeconds + syncSeconds, exportSeconds / (sqliteSeconds + syncSeconds));
        System.out.printf(Locale.ROOT, "max heap %,d MB%n", rt.maxMemory() / (1024 * 1024));
    }

    private static AppContext context(Path folder) {
        return new AppContext(new DataFolder(folder), TestWorkbench.english(), java.time.Clock.systemUTC());
    }

    static double sqliteJson(Path db, Path out) throws Exception {
        String query = select(db, "organization", " ORDER BY id") + select(db, "membership", " ORDER BY id")
                + select(db, "person", " ORDER BY id") + select(db, "rotation_office", " ORDER BY id")
                + select(db, "rotation_term", " ORDER BY id") + select(db, "document", " ORDER BY id")
                + " SELECT * FROM document_language; SELECT * FROM document_organization; SELECT * FROM document_tag;"
                + " SELECT * FROM document_link;";
        long t = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", "-json", db.toString(), query)
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + new String(p.getErrorStream().readAllBytes()));
        }
        return seconds(t);
    }

    /**
     * The table's columns that a bundle holds: all but the merge base each row keeps for itself
     * ({@code bundle_base_at}, migration V008), so that sqlite3 prints what the export writes.
     */
    private static String select(Path db, String table, String order) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement s = c.prepareStatement(
                "SELECT group_concat(name, ', ') FROM pragma_table_info(?) WHERE name <> 'bundle_base_at'")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return " SELECT " + r.getString(1) + " FROM " + table + order + ";";
            }
        }
    }

    static double sync(Path file) throws Exception {
        long t = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return seconds(t);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
