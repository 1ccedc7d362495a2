package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.BundleFixtures;
import org.untfsse.workbench.testsupport.Mutator;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * Imports 10,000 hostile variants of valid roster CSVs, bundles and file zips: none may end in an
 * uncaught exception or a hang, and every input that is refused leaves the database unchanged.
 */
class ImportFuzzTest {

    static final int INPUTS = Integer.getInteger("fuzz.inputs", 10_000);
    static final long SECONDS_PER_INPUT = 20;

    @TempDir
    Path dir;

    private enum Kind { CSV, BUNDLE, ZIP }

    @Test
    void ten_thousand_mutated_imports_never_crash_never_hang_and_refusals_change_nothing() throws Exception {
        int rejected = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (AppContext context = TestWorkbench.open(dir)) {
            context.exchange().loadSampleData(Progress.NONE);
            byte[] csv = Files.readAllBytes(Path.of("docs/examples/untfsse-roster.csv"));
            Path bundlePath = dir.resolve("seed.json");
            context.exchange().export(bundlePath, null, false, Progress.NONE);
            byte[] bundle = Files.readAllBytes(bundlePath);
            byte[] zip = filesZip();
            Mutator mutator = new Mutator(20261128L);
            String before = BundleFixtures.tablesChecksum(context.folder().database());
            for (int i = 0; i < INPUTS; i++) {
                Kind kind = Kind.values()[i % 3];
                Path input = dir.resolve("input-" + (i % 7) + (kind == Kind.CSV ? ".csv" : kind == Kind.ZIP ? ".zip" : ".json"));
                Files.write(input, mutator.mutate(kind == Kind.CSV ? csv : kind == Kind.BUNDLE ? bundle : zip));
                Future<?> run = worker.submit(() -> {
                    switch (kind) {
                        case CSV -> context.roster().csvImporter().importFile(input);
                        case BUNDLE -> context.exchange().importBundle(input, null, Progress.NONE);
                        case ZIP -> context.exchange().importBundle(bundlePath, input, Progress.NONE);
                    }
                    return null;
                });
                try {
                    run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
                    accepted++;
                    before = BundleFixtures.tablesChecksum(context.folder().database());
                } catch (TimeoutException hang) {
                    run.cancel(true);
                    failures.add(kind + " input " + i + " did not finish within " + SECONDS_PER_INPUT + " s");
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ValidationException refused) {
                        rejected++;
                        if (refused.problems().isEmpty() || refused.problems().get(0).message().isBlank()) {
                            failures.add(kind + " input " + i + " was refused without a message");
                        }
                        String after = BundleFixtures.tablesChecksum(context.folder().database());
                        if (!after.equals(before)) {
                            failures.add(kind + " input " + i + " was refused but changed the database");
                            before = after;
                        }
                    } else {
                        StringBuilder where = new StringBuilder();
                        for (StackTraceElement frame : cause.getStackTrace()) {
                            if (frame.getClassName().startsWith("org.untfsse") && where.length() < 400) {
                                where.append(" < ").append(frame.getClassName().replaceAll(".*\\.", ""))
                                        .append('.').append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                            }
                        }
                        failures.add(kind + " input " + i + ": uncaught " + cause + where);
                    }
                }
                if (failures.size() > 20) {
                    break;
                }
            }
            assertThat(context.database().integrityCheck()).isEqualTo("ok");
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("Import fuzz: %d inputs, %d refused with a message, %d accepted, %d failures%n",
                rejected + accepted, rejected, accepted, failures.size());
        assertThat(failures).isEmpty();
        assertThat(rejected + accepted).isEqualTo(INPUTS);
        assertThat(rejected).as("most mutations are refused").isGreaterThan(INPUTS / 2);
    }

    /** A valid files zip: two files named by their SHA-256 under files/. */
    private static byte[] filesZip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String text : List.of("Position paper on the social and solidarity economy", "Minutes of the 47th meeting")) {
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
                zip.putNextEntry(new ZipEntry("files/" + hash));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
