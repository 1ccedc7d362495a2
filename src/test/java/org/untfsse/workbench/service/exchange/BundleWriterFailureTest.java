package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The export reads on the calling thread and writes on a second one: a failure on either side
 * ends the export with that failure, leaves no writer thread running, and leaves no bundle.
 */
class BundleWriterFailureTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void a_disk_that_fails_while_writing_ends_the_export_with_that_failure_and_no_writer_thread() throws Exception {
        try (AppContext a = TestWorkbench.open(temp.resolve("data"))) {
            BundleFixtures.generate(a, 2_000, 5);
            OutputStream failing = new OutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    written += len;
                    if (written > 1_500_000) {
                        throw new IOException("No space left on device");
                    }
                }
            };
            assertThatThrownBy(() -> a.database().read(() -> {
                try {
                    return new BundleWriter(a.exchange().sections()).write(failing, AT, false, Progress.NONE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).hasStackTraceContaining("No space left on device");
            assertThat(writerThreads()).isEmpty();
        }
    }

    @Test
    void a_section_that_fails_while_read_ends_the_export_with_that_failure_no_writer_thread_and_no_file()
            throws Exception {
        try (AppContext a = TestWorkbench.open(temp.resolve("data"))) {
            BundleFixtures.generate(a, 2_000, 5);
            List<BundleSection<?>> sections = new ArrayList<>(a.exchange().sections());
            int people = sections.indexOf(sections.stream().filter(s -> s.key().equals(PersonSection.KEY)).findFirst()
                    .orElseThrow());
            sections.set(people, failingAfter(sections.get(people), 5_000));
            Path out = temp.resolve("bundle.json");
            assertThatThrownBy(() -> a.database().read(() -> {
                try {
                    return AtomicFile.write(out, stream -> new BundleWriter(sections).write(stream, AT, false, Progress.NONE));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).hasStackTraceContaining("database disappeared");
            assertThat(writerThreads()).isEmpty();
            try (var files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
            }
        }
    }

    private static <T> BundleSection<T> failingAfter(BundleSection<T> section, int records) {
        return (BundleSection<T>) java.lang.reflect.Proxy.newProxyInstance(BundleSection.class.getClassLoader(),
                new Class<?>[] {BundleSection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forEachStoredValues")) {
                        @SuppressWarnings("unchecked")
                        Consumer<Object[]> sink = (Consumer<Object[]>) args[0];
                        int[] n = {0};
                        section.forEachStoredValues(values -> {
                            if (++n[0] > records) {
                                throw new IllegalStateException("database disappeared");
                            }
                            sink.accept(values);
                        });
                        return null;
                    }
                    return method.invoke(section, args);
                });
    }

    private static List<Thread> writerThreads() throws InterruptedException {
        Thread.sleep(50);
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("bundle-export-writer") && t.isAlive()).toList();
    }
}
