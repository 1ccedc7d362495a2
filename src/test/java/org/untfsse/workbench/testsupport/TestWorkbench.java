package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * A real workbench over a real SQLite file in a temporary folder, with English texts and a fixed
 * clock (2026-11-28 09:00 UTC), for tests.
 */
public final class TestWorkbench {

    public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private TestWorkbench() {
    }

    public static Messages english() {
        return Messages.forLocale(Locale.ENGLISH);
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static AppContext open(Path tempDir) {
        return new AppContext(new DataFolder(tempDir.resolve("data")), english(), fixedClock());
    }
}
