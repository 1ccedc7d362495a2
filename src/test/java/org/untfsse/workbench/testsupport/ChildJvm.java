package org.untfsse.workbench.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of this project in a separate JVM with the test class path. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for a line equal to {@code marker} on the process's output. */
    public static void awaitLine(Process process, String marker) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.strip().equals(marker)) {
                return;
            }
        }
        throw new IOException("The child process ended before printing " + marker);
    }
}
