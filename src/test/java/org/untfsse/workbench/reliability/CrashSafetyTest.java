package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.testsupport.ChildJvm;
import org.untfsse.workbench.testsupport.CrashWriter;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * Kills a writing workbench process with SIGKILL at random moments, again and again, and checks
 * after each kill that the database is intact, that every write reported as committed is there,
 * that no write is half-applied, and that the workbench opens normally.
 */
class CrashSafetyTest {

    static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void fifty_sigkills_at_random_moments_lose_no_committed_write_and_leave_nothing_half_applied() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(20261128L);
        ConcurrentSkipListSet<Integer> reported = new ConcurrentSkipListSet<>();
        int next = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = ChildJvm.start(CrashWriter.class, data.toString(), String.valueOf(next));
            BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            List<String> other = new ArrayList<>();
            Thread reader = new Thread(() -> readReports(output, reported, other));
            reader.start();
            waitForReady(other);
            awaitFirstCommit(reported, next);
            Thread.sleep(random.nextInt(0, 300)); // strike at a random moment of the write stream
            writer.destroyForcibly(); // SIGKILL on POSIX
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);

            try (AppContext context = TestWorkbench.open(dir)) {
                assertThat(context.database().integrityCheck()).as("integrity after kill %d", kill).isEqualTo("ok");
                var entries = context.roster().roster(TestWorkbench.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        "", RosterFilter.ALL);
                List<String> present = entries.stream().map(e -> e.organization().acronym()).toList();
                for (int n : reported) {
                    assertThat(present).as("write %d was reported committed before kill %d", n, kill).contains("ORG-" + n);
                }
                for (var entry : entries) {
                    Organization o = entry.organization();
                    assertThat(context.roster().people(o.id())).as("%s is complete", o.acronym())
                            .hasSize(CrashWriter.PEOPLE_PER_WRITE);
                    assertThat(context.roster().memberships(o.id())).hasSize(1);
                }
                next = entries.stream().mapToInt(e -> Integer.parseInt(e.organization().acronym().substring(4)))
                        .max().orElse(-1) + 1;
                assertThat(context.tryLock(0)).as("the killed process left no lock behind").isTrue();
            }
        }
        assertThat(reported).as("the writers got work done between kills").hasSizeGreaterThan(KILLS);
    }

    private static void readReports(BufferedReader output, ConcurrentSkipListSet<Integer> reported, List<String> other) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    reported.add(Integer.parseInt(line.substring("COMMITTED ".length()).strip()));
                } else {
                    synchronized (other) {
                        other.add(line);
                        other.notifyAll();
                    }
                }
            }
        } catch (java.io.IOException killed) {
            // The process was killed mid-line: what it had not printed was not reported.
        }
    }

    private static void awaitFirstCommit(ConcurrentSkipListSet<Integer> reported, int first) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!reported.contains(first)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The writer committed nothing");
            }
            Thread.sleep(2);
        }
    }

    private static void waitForReady(List<String> other) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        synchronized (other) {
            while (!other.contains("READY")) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("The writer did not start: " + other);
                }
                other.wait(left);
            }
        }
    }
}
