package org.untfsse.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh, the Linux launcher of the app-image and the .deb, run in a folder laid
 * out like the app-image, with a stand-in {@code lib/runtime/bin/java} that prints the arguments it
 * receives: they must be the command line jpackage's native launcher builds from the same .cfg
 * (options in order with $APPDIR replaced, -Djpackage.app-path, the class path, the main class, the
 * user's arguments unchanged), or the AppCDS archive would not match.
 */
class LinuxLauncherScriptTest {

    private static final Path SCRIPT = Path.of("packaging", "linux", "launcher.sh");

    @TempDir
    Path folder;
    private Path root;
    private Path app;
    private Path launcher;

    @BeforeEach
    void layOutAnAppImage() throws IOException {
        assumeTrue(Files.exists(Path.of("/bin/sh")), "needs a POSIX shell");
        root = folder.resolve("opt dir").resolve("secretariat-workbench");
        app = root.resolve("lib/app");
        Files.createDirectories(app);
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/runtime/bin"));
        launcher = root.resolve("bin/secretariat-workbench");
        Files.copy(SCRIPT, launcher, StandardCopyOption.REPLACE_EXISTING);
        executable(launcher);
        Path java = root.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        executable(java);
        Files.writeString(app.resolve("secretariat-workbench.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/secretariat-workbench.jar",
                "app.mainclass=org.untfsse.workbench.app.Main",
                "app.classpath=$APPDIR/lib/with space.jar",
                "",
                "[JavaOptions]",
                "java-options=-XX:SharedArchiveFile=$APPDIR/secretariat-workbench.jsa",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-Dtwice=$APPDIR:$APPDIR/x",
                "java-options=--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
                "",
                "[ArgOptions]",
                "arguments=--default-argument"), StandardCharsets.UTF_8);
    }

    @Test
    void passes_the_cfg_options_class_path_and_main_class_then_the_user_arguments_unchanged() throws Exception {
        List<String> args = run(launcher, "--data-dir", "/tmp/a folder", "$APPDIR", "");

        assertEquals(List.of(
                "-XX:SharedArchiveFile=" + app + "/secretariat-workbench.jsa",
                "-Djpackage.app-version=0.1.0",
                "-Dtwice=" + app + ":" + app + "/x",
                "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
                "-Djpackage.app-path=" + launcher,
                "-cp", app + "/secretariat-workbench.jar:" + app + "/lib/with space.jar",
                "org.untfsse.workbench.app.Main",
                "--data-dir", "/tmp/a folder", "$APPDIR", ""), args);
    }

    @Test
    void uses_the_default_arguments_only_when_the_user_gives_none() throws Exception {
        List<String> none = run(launcher);
        List<String> some = run(launcher, "--version");

        assertEquals("--default-argument", none.get(none.size() - 1));
        assertEquals("--version", some.get(some.size() - 1));
        assertTrue(some.stream().noneMatch("--default-argument"::equals));
    }

    @Test
    void finds_its_folder_when_started_through_a_symbolic_link() throws Exception {
        Path link = folder.resolve("usr-bin-secretariat-workbench");
        Files.createSymbolicLink(link, launcher);

        List<String> args = run(link, "--version");

        assertTrue(args.contains("-Djpackage.app-path=" + launcher), args.toString());
        assertEquals("org.untfsse.workbench.app.Main", args.get(args.size() - 2));
    }

    @Test
    void says_what_is_missing_when_the_cfg_is_gone() throws Exception {
        Files.delete(app.resolve("secretariat-workbench.cfg"));

        Process process = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertNotEquals(0, process.waitFor());
        assertTrue(output.contains("cannot read " + app.resolve("secretariat-workbench.cfg")), output);
    }

    private static List<String> run(Path command, String... arguments) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of(command.toString()));
        commandLine.addAll(List.of(arguments));
        Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> lines = new ArrayList<>(List.of(output.split("\n", -1)));
        lines.remove(lines.size() - 1); // the last line's newline
        return lines;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
