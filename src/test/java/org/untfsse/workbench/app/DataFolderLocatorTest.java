package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderLocatorTest {

    @Test
    void windows_uses_appdata() {
        var folder = DataFolderLocator.resolve(null, null, "Windows 11", "C:\\Users\\officer",
                Map.of("APPDATA", "/appdata"));
        assertThat(folder.root()).isEqualTo(Path.of("/appdata", "SecretariatWorkbench").toAbsolutePath());
    }

    @Test
    void macos_uses_application_support() {
        var folder = DataFolderLocator.resolve(null, null, "Mac OS X", "/Users/officer", Map.of());
        assertThat(folder.root()).isEqualTo(Path.of("/Users/officer/Library/Application Support/SecretariatWorkbench"));
    }

    @Test
    void linux_uses_xdg_data_home_or_local_share() {
        assertThat(DataFolderLocator.resolve(null, null, "Linux", "/home/o", Map.of("XDG_DATA_HOME", "/xdg")).root())
                .isEqualTo(Path.of("/xdg/secretariat-workbench"));
        assertThat(DataFolderLocator.resolve(null, null, "Linux", "/home/o", Map.of()).root())
                .isEqualTo(Path.of("/home/o/.local/share/secretariat-workbench"));
    }

    @Test
    void the_command_line_option_wins_over_the_system_property_which_wins_over_the_os_default() {
        assertThat(DataFolderLocator.resolve(Path.of("/opt/x"), "/prop", "Linux", "/home/o", Map.of()).root())
                .isEqualTo(Path.of("/opt/x"));
        assertThat(DataFolderLocator.resolve(null, "/prop", "Linux", "/home/o", Map.of()).root())
                .isEqualTo(Path.of("/prop"));
    }

    @Test
    void launch_arguments_with_only_a_data_folder_open_the_window() {
        assertThat(LaunchArguments.parse(new String[] {"--data-dir", "/tmp/x"}).opensWindow()).isTrue();
        assertThat(LaunchArguments.parse(new String[] {"--data-dir=/tmp/x"}).dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(LaunchArguments.parse(new String[] {"--data-dir", "/tmp/x", "roster", "list"}).opensWindow()).isFalse();
        assertThat(LaunchArguments.parse(new String[] {"--version"}).opensWindow()).isFalse();
    }
}
