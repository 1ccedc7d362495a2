package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.testsupport.ChildJvm;

/**
 * The windows' class name for the window manager (WM_CLASS on X11) is the menu entry's
 * StartupWMClass ({@code packaging/linux/secretariat-workbench.desktop}), not the "java" every Java
 * program shares. Checked in a child JVM that starts the toolkit the way the app does: in this
 * test JVM TestFX has already named the application, and JavaFX takes a name only once.
 */
class WindowClassNameTest {

    @Test
    void the_toolkit_start_names_the_application_as_the_desktop_entry_expects() throws Exception {
        Process child = ChildJvm.startHeadlessFx(Probe.class);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).contains("name=secretariat-workbench");
        assertThat(Files.readString(Path.of("packaging/linux/secretariat-workbench.desktop")))
                .contains("StartupWMClass=" + WindowClassName.NAME + "\n");
    }

    /** Starts the toolkit as the app does and prints the name the windows get. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            ToolkitStart.begin();
            ToolkitStart.await();
            Platform.runLater(() -> {
                try {
                    Class<?> glass = Class.forName("com.sun.glass.ui.Application");
                    Object application = glass.getMethod("GetApplication").invoke(null);
                    System.out.println("name=" + glass.getMethod("getName").invoke(application));
                } catch (ReflectiveOperationException e) {
                    e.printStackTrace(System.out);
                }
                Platform.exit();
            });
        }
    }
}
