package org.untfsse.workbench.app;

/**
 * Names the application's windows for the window manager (X11 {@code WM_CLASS}), so that desktops
 * match them with the menu entry's {@code StartupWMClass} and group them under its icon. JavaFX
 * takes that name from its internal application object, which {@code Application.launch} sets to
 * the main class and {@code Platform.startup} (our start) leaves at "java", the name every Java
 * program shares. There is no public API for it, so it is set by reflection; where JavaFX does not
 * allow that (its package is not opened to us), the windows simply keep the name "java".
 */
final class WindowClassName {

    /** The {@code StartupWMClass} of packaging/linux/secretariat-workbench.desktop. */
    static final String NAME = "secretariat-workbench";

    private WindowClassName() {
    }

    /**
     * Call on the JavaFX thread before the first window is made (JavaFX takes a name only once).
     * @return whether the windows now carry {@link #NAME}
     */
    static boolean apply() {
        try {
            Class<?> glass = Class.forName("com.sun.glass.ui.Application");
            Object application = glass.getMethod("GetApplication").invoke(null);
            glass.getMethod("setName", String.class).invoke(application, NAME);
            return NAME.equals(glass.getMethod("getName").invoke(application));
        } catch (ReflectiveOperationException | RuntimeException notAllowed) {
            return false;
        }
    }
}
