package org.untfsse.workbench.ui.archive;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens files through {@link Desktop} when the system supports it (never when headless); the call
 * is made off the window's thread, because some desktops block while the program starts.
 */
public final class DesktopDocumentOpener implements DocumentOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopDocumentOpener.class);

    @Override
    public boolean open(Path file) {
        if (!supports(Desktop.Action.OPEN)) {
            return false;
        }
        run(() -> Desktop.getDesktop().open(file.toFile()));
        return true;
    }

    @Override
    public boolean reveal(Path file) {
        if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
            run(() -> Desktop.getDesktop().browseFileDirectory(file.toFile()));
            return true;
        }
        return open(file.getParent());
    }

    private static boolean supports(Desktop.Action action) {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction action) {
        Thread thread = new Thread(() -> {
            try {
                action.run();
            } catch (IOException | RuntimeException e) {
                LOG.warn("The system could not open the file: {}", e.getMessage());
            }
        }, "open-document");
        thread.setDaemon(true);
        thread.start();
    }
}
