package org.untfsse.workbench.ui.exchange.mail;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a saved {@code .eml} draft with the system's mail program (the file's default application:
 * Outlook, Thunderbird, Apple Mail…). Runs off the JavaFX thread, because AWT's Desktop may block
 * or deadlock on it; completes with false where nothing can open files (headless, or no desktop).
 */
public final class MailProgram {

    private static final Logger LOG = LoggerFactory.getLogger(MailProgram.class);

    private MailProgram() {
    }

    public static CompletableFuture<Boolean> open(Path eml) {
        return CompletableFuture.supplyAsync(() -> openNow(eml), runnable -> {
            Thread thread = new Thread(runnable, "open-mail-draft");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static boolean openNow(Path eml) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(eml.toFile());
                return true;
            }
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                    && System.getenv("DISPLAY") != null) {
                new ProcessBuilder("xdg-open", eml.toAbsolutePath().toString()).inheritIO().start();
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not open {} with the mail program: {}", eml, e.getMessage());
        }
        return false;
    }
}
