package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up class list ships with the app and still names the classes the window loads. */
class StartupClassesTest {

    @Test
    void the_list_ships_and_almost_all_of_its_classes_exist() throws IOException {
        List<String> names;
        try (InputStream list = StartupClasses.class.getResourceAsStream("startup-classes.txt")) {
            assertThat(list).as("startup-classes.txt beside StartupClasses").isNotNull();
            names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
        long found = names.stream().filter(StartupClassesTest::exists).count();

        assertThat(names).as("classes listed").hasSizeGreaterThan(500)
                .contains("org.untfsse.workbench.ui.MainWindow", "javafx.scene.control.skin.TableViewSkin");
        assertThat(found).as("listed classes that still exist (else: run bench/startup-classes.sh)")
                .isGreaterThanOrEqualTo(names.size() * 95L / 100);
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, StartupClassesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
