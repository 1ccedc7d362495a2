package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.testsupport.NoNetworkRunner;

/** The workbench makes no network connection: a full cycle runs in a JVM where every socket is refused and recorded. */
class NoNetworkTest {

    @TempDir
    Path dir;

    private static String runJava(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Test
    void a_full_command_cycle_opens_no_socket() throws Exception {
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
    void the_guard_really_catches_a_connection_attempt() throws Exception {
        String output = runJava(List.of(NoNetworkRunner.SocketOpener.class.getName()));
        assertThat(output).contains("NETWORK connect 127.0.0.1:9").doesNotContain("CONNECTED");
    }
}
