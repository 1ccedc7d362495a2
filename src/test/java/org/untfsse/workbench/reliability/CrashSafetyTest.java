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
import java.time.LocalDate;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.testsupport.ChildJvm;
import org.untfsse.workbench.testsupport.CrashImporter;
import org.untfsse.workbench.testsupport.CrashWriter;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * Kills a writing workbench process with SIGKILL at random moments, again and again, and checks
 * after each kill that the database is intact, that every write reported as committed is there,
 * that no write is half-applied, and that the workbench opens normally. The same for a process
 * killed in the middle of importing a bundle of a few thousand records: all of it or none of it.
 */
class CrashSafetyTest {

    static final int KILLS = 50;
    static final int IMPORT_KILLS = 8;
    static final int IMPORT_ORGANIZATIONS = 600;
    static final int IMPORT_PEOPLE_PER_ORGANIZATION = 4;

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

    @Test
    void sigkills_in_the_middle_of_bundle_imports_leave_all_or_none_of_the_bundle() throws Exception {
        Path bundle = dir.resolve("bundle.json");
        BundleIds ids = exportSizableBundle(dir.resolve("source"), bundle);
        Path template = dir.resolve("template");
        List<String> before = homeOrganizations(template);
        Random random = new Random(20261129L);

        // One import left to finish tells how long the phases take on this machine, now.
        Phases calibration = importUntil(template, "calibration", bundle, null);
        assertThat(calibration.lines()).contains("IMPORTED");
        assertBundle(calibration.data(), ids, before, true, "calibration");
        long reading = Math.max(1, calibration.applyingAt() - calibration.readyAt());
        long applying = Math.max(1, calibration.importedAt() - calibration.applyingAt());

        int rolledBack = 0;
        int applied = 0;
        int killedWhileImporting = 0;
        for (int kill = 0; kill < IMPORT_KILLS; kill++) {
            // Most kills strike inside the write transaction (the bundle is read and written there); every
            // third before it, while the database is backed up and the transaction begins.
            boolean duringApply = kill % 3 != 2;
            String after = duringApply ? "APPLYING" : "READY";
            long delay = random.nextLong(0, duringApply ? applying : reading);
            Phases run = importUntil(template, "import-" + kill, bundle, new Strike(after, delay));
            boolean reportedImported = run.lines().contains("IMPORTED");
            if (!reportedImported) {
                killedWhileImporting++;
            }
            boolean complete = assertBundle(run.data(), ids, before, reportedImported ? Boolean.TRUE : null,
                    "kill " + kill + " " + delay + " ms after " + after);
            if (complete) {
                applied++;
            } else {
                rolledBack++;
            }
        }
        assertThat(killedWhileImporting).as("kills that struck before the import reported success")
                .isGreaterThanOrEqualTo(IMPORT_KILLS / 2);
        assertThat(rolledBack).as("kills that interrupted an import (applied: %d)", applied).isPositive();
    }

    /** The ids of a bundle's records, to count how many of them a database holds. */
    record BundleIds(java.util.Set<java.util.UUID> organizations, java.util.Set<java.util.UUID> people,
                     java.util.Set<java.util.UUID> memberships) {
    }

    /** When to kill the importer: {@code delayMillis} after it printed {@code afterLine}. */
    record Strike(String afterLine, long delayMillis) {
    }

    /** An importer's output and when (test clock, ms) it reported each phase. */
    record Phases(Path data, List<String> lines, long readyAt, long applyingAt, long importedAt) {
    }

    /** A source database of IMPORT_ORGANIZATIONS organizations with their people, exported as one bundle. */
    private static BundleIds exportSizableBundle(Path source, Path bundle) throws Exception {
        try (AppContext context = TestWorkbench.open(source)) {
            var roster = context.roster();
            context.database().write(() -> {
                for (int n = 0; n < IMPORT_ORGANIZATIONS; n++) {
                    Organization o = roster.createOrganization(new Organization(java.util.UUID.randomUUID(),
                            "BUNDLE-" + n, "Bundled organization " + n, OrganizationKind.OTHER, "", "", null),
                            MembershipStatus.MEMBER, LocalDate.of(2015, 1, 1).plusDays(n));
                    for (int p = 0; p < IMPORT_PEOPLE_PER_ORGANIZATION; p++) {
                        roster.savePerson(new Person(java.util.UUID.randomUUID(), o.id(), "Bundled person " + n + "-" + p,
                                "Officer", "person" + n + "-" + p + "@example.org", "", PersonRole.FOCAL_POINT,
                                null, null, null));
                    }
                }
                return null;
            });
            context.exchange().export(bundle, null, false, org.untfsse.workbench.service.common.Progress.NONE);
            var organizations = roster.allOrganizations();
            var memberships = new java.util.HashSet<java.util.UUID>();
            for (Organization o : organizations) {
                roster.memberships(o.id()).forEach(m -> memberships.add(m.id()));
            }
            BundleIds ids = new BundleIds(
                    organizations.stream().map(Organization::id).collect(java.util.stream.Collectors.toSet()),
                    roster.allPeople().stream().map(Person::id).collect(java.util.stream.Collectors.toSet()),
                    memberships);
            assertThat(ids.people()).hasSize(IMPORT_ORGANIZATIONS * IMPORT_PEOPLE_PER_ORGANIZATION);
            return ids;
        }
    }

    /** A data folder with records of its own, which every import must leave alone. */
    private static List<String> homeOrganizations(Path template) {
        try (AppContext context = TestWorkbench.open(template)) {
            for (int n = 0; n < 5; n++) {
                context.roster().createOrganization(new Organization(java.util.UUID.randomUUID(), "HOME-" + n,
                        "Home organization " + n, OrganizationKind.OTHER, "", "", null),
                        MembershipStatus.OBSERVER, LocalDate.of(2020, 1, 1));
            }
            return context.roster().allOrganizations().stream().map(Organization::acronym).toList();
        }
    }

    /**
     * Copies the template database into a fresh data folder and imports the bundle there in a child
     * JVM, killing it with SIGKILL as {@code strike} says (or letting it finish when null).
     */
    private Phases importUntil(Path template, String name, Path bundle, Strike strike) throws Exception {
        Path data = dir.resolve(name).resolve("data");
        java.nio.file.Files.createDirectories(data);
        java.nio.file.Files.copy(template.resolve("data").resolve("workbench.db"), data.resolve("workbench.db"));
        Process importer = ChildJvm.start(CrashImporter.class, data.toString(), bundle.toString());
        BufferedReader output = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        java.util.Map<String, Long> at = new java.util.concurrent.ConcurrentHashMap<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    at.putIfAbsent(line.strip(), System.currentTimeMillis());
                    synchronized (lines) {
                        lines.add(line.strip());
                        lines.notifyAll();
                    }
                }
            } catch (java.io.IOException killed) {
                // What the importer had not printed when it was killed was not reported.
            }
        });
        reader.start();
        if (strike == null) {
            assertThat(importer.waitFor(120, TimeUnit.SECONDS)).as("the import finishes").isTrue();
        } else {
            awaitLine(lines, strike.afterLine(), importer);
            Thread.sleep(strike.delayMillis());
            importer.destroyForcibly(); // SIGKILL on POSIX
            assertThat(importer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(5000);
        synchronized (lines) {
            return new Phases(data.getParent(), List.copyOf(lines), at.getOrDefault("READY", 0L),
                    at.getOrDefault("APPLYING", 0L), at.getOrDefault("IMPORTED", 0L));
        }
    }

    /**
     * Opens the data folder as the app does and checks it: intact, the folder's own records all
     * there, the bundle's records all there or none of them. {@code expectComplete} null: either.
     * @return whether the bundle is there
     */
    private static boolean assertBundle(Path dataParent, BundleIds ids, List<String> home, Boolean expectComplete,
                                        String when) {
        try (AppContext context = TestWorkbench.open(dataParent)) {
            assertThat(context.database().integrityCheck()).as("integrity after %s", when).isEqualTo("ok");
            var roster = context.roster();
            var organizations = roster.allOrganizations();
            assertThat(organizations).extracting(Organization::acronym).as("home records after %s", when)
                    .containsAll(home);
            long orgs = organizations.stream().filter(o -> ids.organizations().contains(o.id())).count();
            long people = roster.allPeople().stream().filter(p -> ids.people().contains(p.id())).count();
            long memberships = organizations.stream().flatMap(o -> roster.memberships(o.id()).stream())
                    .filter(m -> ids.memberships().contains(m.id())).count();
            boolean complete = orgs == ids.organizations().size();
            if (complete) {
                assertThat(people).as("people after %s", when).isEqualTo(ids.people().size());
                assertThat(memberships).as("memberships after %s", when).isEqualTo(ids.memberships().size());
            } else {
                assertThat(List.of(orgs, people, memberships)).as("a half-applied import after %s", when)
                        .containsOnly(0L);
            }
            if (expectComplete != null) {
                assertThat(complete).as("import reported done before %s", when).isEqualTo(expectComplete);
            }
            assertThat(context.tryLock(0)).as("the killed importer left no lock behind").isTrue();
            return complete;
        }
    }

    private static void awaitLine(List<String> lines, String wanted, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        synchronized (lines) {
            while (!lines.contains(wanted)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !lines.contains(wanted))) {
                    if (!process.isAlive()) {
                        lines.wait(500); // let the reader catch up with the last lines
                        if (lines.contains(wanted)) {
                            return;
                        }
                    }
                    throw new AssertionError("The importer did not print " + wanted + ": " + lines);
                }
                lines.wait(Math.min(left, 200));
            }
        }
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
