package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.testsupport.NoNetworkRunner;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The workbench makes no network connection: the window's start and a full command cycle (start,
 * import, search, export, circulate) run in a JVM where every socket is refused and recorded — and,
 * where {@code unshare -n} is allowed, in a network namespace with no network at all.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    /**
     * Runs a JVM with the guard's permission to install itself; where this system lets a user make
     * a network namespace of their own ({@code unshare -n}), inside one with no network at all, so the
     * commands are also shown to work when there is no network.
     */
    private static String runJava(List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        if (WITHOUT_NETWORK) {
            command.addAll(List.of("unshare", "-n"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return output;
    }

    static final boolean WITHOUT_NETWORK = unshareWorks();

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception notAvailable) {
            return false;
        }
    }

    /** Meeting 90 with minutes (numbers the sample data does not use), so the cycle can export and circulate them. */
    private void meetingWithMinutes() {
        try (AppContext app = TestWorkbench.open(dir)) {
            Meeting m = app.meetings().createMeeting(Meeting.draft(90, "", MeetingKind.REGULAR,
                    LocalDate.parse("2024-03-14"), "Geneva", false));
            AgendaItem item = app.meetings().addAgendaItem(m.id(), "Welcome of new members");
            app.meetings().updateAgendaItem(item.withText(item.title(), "", "WHO and UNHCR joined.", false));
        }
    }

    @Test
    void a_full_command_cycle_opens_no_socket() throws Exception {
        meetingWithMinutes();
        List<List<String>> cycle = NetworkFreeCycle.commands(dir);
        List<String> args = new ArrayList<>(List.of(NoNetworkRunner.class.getName(), dir.resolve("data").toString()));
        for (int i = 0; i < cycle.size(); i++) {
            if (i > 0) {
                args.add(";;");
            }
            args.addAll(cycle.get(i));
        }
        String output = runJava(args);
        assertThat(output.lines().filter(l -> l.startsWith("NETWORK ")).toList()).as("socket attempts").isEmpty();
        assertThat(output.lines().filter(l -> l.startsWith("EXIT ")).toList())
                .as(output).hasSize(cycle.size()).allMatch(l -> l.equals("EXIT 0"));
    }

    @Test
    void the_window_starts_without_opening_a_socket() throws Exception {
        meetingWithMinutes();
        List<String> command = new ArrayList<>();
        if (WITHOUT_NETWORK) {
            command.addAll(List.of("unshare", "-n"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Djava.awt.headless=true", "-Dworkbench.startupProbe=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"),
                NoNetworkRunner.Window.class.getName(), dir.resolve("data").toString()));
        Process window = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(
                window.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(output::add));
        reader.start();
        try {
            long deadline = System.currentTimeMillis() + 180_000;
            while (output.stream().noneMatch(l -> l.startsWith("READY")) && window.isAlive()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(output).as("the start-up splash was painted").anyMatch(l -> l.startsWith("FIRST_FRAME"));
            assertThat(output).as("the main window was painted").anyMatch(l -> l.startsWith("READY"));
            Thread.sleep(3000); // the window's background start-up work (the daily backup) runs meanwhile
            assertThat(window.isAlive()).as("the window is still open: %s", output).isTrue();
        } finally {
            window.destroyForcibly(); // (Platform.exit() can hang under headless Monocle)
            window.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            reader.join(5000);
        }
        assertThat(output.stream().filter(l -> l.startsWith("NETWORK ")).toList()).as("socket attempts").isEmpty();
        try (var backups = java.nio.file.Files.list(dir.resolve("data").resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).as("the daily backup ran")
                    .anyMatch(name -> name.contains("daily"));
        }
    }

    @Test
    void the_guard_really_catches_a_connection_attempt() throws Exception {
        String output = runJava(List.of(NoNetworkRunner.SocketOpener.class.getName()));
        assertThat(output).contains("NETWORK connect 127.0.0.1:9").doesNotContain("CONNECTED");
    }
}
