package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The import's reading thread: records reach the sinks in file order on the importing thread, and a failing sink stops it. */
class ReadAheadThreadTest {

    @TempDir
    Path temp;

    @Test
    void every_record_reaches_its_sink_on_the_calling_thread_in_file_order_and_the_reading_thread_ends()
            throws Exception {
        Path bundle = export(100);
        List<Integer> indexes = new ArrayList<>();
        Set<Thread> sinkThreads = new HashSet<>();
        Consumer<Incoming<?>> sink = in -> {
            sinkThreads.add(Thread.currentThread());
            indexes.add(in.index());
        };
        ParsedBundle read;
        try (AppContext c = TestWorkbench.open(temp.resolve("b")); InputStream in = Files.newInputStream(bundle)) {
            read = ReadAheadThread.read(new BundleReader(c.exchange().sections(), c.messages()), in,
                    Map.of(PersonSection.KEY, sink), false);
        }
        assertThat(read.problems).isEmpty();
        assertThat(read.counts.get(PersonSection.KEY)).isEqualTo(indexes.size());
        assertThat(indexes).hasSizeGreaterThan(256 * 2).isSorted().doesNotHaveDuplicates();
        assertThat(sinkThreads).containsExactly(Thread.currentThread());
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void a_sink_that_fails_stops_the_reading_thread_before_its_exception_goes_on() throws Exception {
        Path bundle = export(100);
        int[] seen = {0};
        Consumer<Incoming<?>> failing = in -> {
            if (++seen[0] == 300) {
                throw new IllegalStateException("refused by the database");
            }
        };
        try (AppContext c = TestWorkbench.open(temp.resolve("b")); InputStream in = Files.newInputStream(bundle)) {
            assertThatThrownBy(() -> ReadAheadThread.read(new BundleReader(c.exchange().sections(), c.messages()), in,
                    Map.of(PersonSection.KEY, failing), false))
                    .isInstanceOf(IllegalStateException.class).hasMessage("refused by the database");
            assertThat(readingThreads()).as("stopped before the caller may close the file").isEmpty();
        }
        assertThat(seen[0]).isEqualTo(300);
    }

    private Path export(int organizations) throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, organizations, 5);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        return bundle;
    }

    private static List<Thread> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("bundle-import-reader") && t.isAlive()).toList();
    }
}
