package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * Run in a separate JVM by the crash test: imports a bundle through the application's exchange
 * service (what {@code import FILE.json} does) and reports its phases on standard output —
 * {@code READY} once the database is open, {@code APPLYING} once the import reports "Checking and
 * applying" (its reading, inside the write transaction, has begun), {@code IMPORTED} once it has
 * returned — so the test can kill it in the middle.
 */
public final class CrashImporter {

    private CrashImporter() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        String applying = messages.get("exchange.progress.applying");
        try (AppContext context = new AppContext(new DataFolder(data), messages, Clock.systemUTC())) {
            context.requireWriteAccess();
            context.database();
            say("READY");
            boolean[] applyingSaid = {false};
            context.exchange().importBundle(bundle, null, (done, total, message) -> {
                if (message.equals(applying) && !applyingSaid[0]) {
                    applyingSaid[0] = true;
                    say("APPLYING");
                }
            });
            say("IMPORTED");
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
