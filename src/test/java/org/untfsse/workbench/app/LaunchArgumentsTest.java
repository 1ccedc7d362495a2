package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void no_arguments_or_only_the_data_folder_open_the_window() {
        assertThat(LaunchArguments.parse(new String[0]).opensWindow()).isTrue();
        LaunchArguments withFolder = LaunchArguments.parse(new String[] {"--data-dir", "/tmp/x"});
        assertThat(withFolder.opensWindow()).isTrue();
        assertThat(withFolder.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(LaunchArguments.parse(new String[] {"--data-dir=/tmp/y"}).dataDir()).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void a_command_runs_the_command_line() {
        assertThat(LaunchArguments.parse(new String[] {"roster", "list"}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {"--version"}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {"--data-dir", "/tmp/x", "verify"}).opensWindow()).isFalse();
    }

    @Test
    void an_existing_json_file_as_the_only_argument_opens_the_window_with_that_bundle() throws Exception {
        Path bundle = Files.writeString(dir.resolve("Bundle from Geneva.JSON"), "{}");

        LaunchArguments launch = LaunchArguments.parse(new String[] {"--data-dir", "/tmp/x", bundle.toString()});

        assertThat(launch.opensWindow()).isTrue();
        assertThat(launch.bundleToOpen()).contains(bundle.toAbsolutePath());
    }

    @Test
    void other_files_missing_files_and_more_arguments_are_left_to_the_command_line() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        Path bundle = Files.writeString(dir.resolve("b.json"), "{}");

        assertThat(LaunchArguments.parse(new String[] {text.toString()}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {dir.resolve("missing.json").toString()}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {"import", bundle.toString()}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {dir.toString() + "/"}).bundleToOpen()).isEmpty();
    }
}
