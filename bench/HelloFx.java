import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a bare JavaFX window (a label and a button), compiled by
 * bench/startup.sh. Prints FIRST_FRAME exactly like the workbench's StartupProbe.
 * Started through {@link HelloFxMain}, a plain main class like the workbench's (an Application
 * subclass as main class fails on the class path).
 */
public class HelloFx extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new VBox(12, new Label("Hello, JavaFX"), new Button("OK")), 1100, 700);
        stage.setTitle("HelloFx");
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> System.out.println("FIRST_FRAME "
                        + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())));
            }
        });
        stage.show();
    }
}

/** The baseline's plain main class. */
class HelloFxMain {
    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }
}
