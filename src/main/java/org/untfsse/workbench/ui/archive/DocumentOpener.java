package org.untfsse.workbench.ui.archive;

import java.nio.file.Path;

/** Hands a file to the operating system: open it with its default program, or show it in the file manager. */
public interface DocumentOpener {

    /** False when this system cannot open files (e.g. headless). */
    boolean open(Path file);

    boolean reveal(Path file);
}
