package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs in its own JVM, as an officer's script would run it. */
class HeadlessCommandTest {

    @TempDir
    Path dir;

    private record Result(int exitCode, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    @Test
    void a_command_runs_without_initialising_javafx_and_exits_with_its_code() throws Exception {
        Result version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).contains("secretariat-workbench ");
        assertThat(version.output()).doesNotContain("javafx.application.Platform", "com.sun.javafx");

        Result list = run("--data-dir", dir.resolve("data").toString(), "roster", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.output()).doesNotContain("javafx.");
        assertThat(dir.resolve("data/workbench.db")).exists();
        assertThat(dir.resolve("data/logs")).isDirectory();

        Result bad = run("--data-dir", dir.resolve("data").toString(), "roster", "list", "--as-of", "yesterday");
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
