package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.ChildJvm;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.meeting.MinutesTypist;

/**
 * Types minutes into the real meeting editor in a separate JVM, kills it with SIGKILL while the
 * keys are still coming, and checks through the store the editor writes to that at most the last
 * second of typing is lost: every key typed more than a second before the last key the process
 * typed is saved, and what is saved is exactly what was typed, in order.
 */
class MinutesTypingCrashTest {

    static final int KILLS = 3;
    static final long LOSS_BOUND_MILLIS = 1000;

    @TempDir
    Path dir;

    /** One key the typist reported: {@code length} characters typed by {@code at} (its wall clock). */
    record Key(int length, long at) {
    }

    @Test
    void a_sigkill_while_typing_minutes_loses_at_most_the_last_second() throws Exception {
        UUID meetingId;
        UUID itemId;
        try (AppContext app = TestWorkbench.open(dir)) {
            MeetingFixtures f = new MeetingFixtures(app);
            meetingId = f.regular(47, "2024-03-14").id();
            itemId = app.meetings().addAgendaItem(meetingId, "Welcome of new members").id();
        }
        Random random = new Random(20261130L);
        for (int kill = 0; kill < KILLS; kill++) {
            // Kill after a random number of keys (about 2 to 5 seconds of typing on a quiet machine).
            List<Key> keys = typeUntilKilled(meetingId, 60 + random.nextInt(100));
            Key last = keys.get(keys.size() - 1);
            int mustBeSaved = keys.stream().filter(k -> k.at() <= last.at() - LOSS_BOUND_MILLIS)
                    .mapToInt(Key::length).max().orElse(0);
            try (AppContext app = TestWorkbench.open(dir)) {
                assertThat(app.database().integrityCheck()).isEqualTo("ok");
                AgendaItem item = app.meetings().agenda(meetingId).stream().filter(a -> a.id().equals(itemId))
                        .findFirst().orElseThrow();
                String saved = item.minutesText();
                assertThat(MinutesTypist.script(last.length())).as("what was typed before kill %d", kill)
                        .startsWith(saved);
                assertThat(saved.length()).as("characters saved of %d typed; %d were typed more than %d ms "
                        + "before the last key (kill %d)", last.length(), mustBeSaved, LOSS_BOUND_MILLIS, kill)
                        .isGreaterThanOrEqualTo(mustBeSaved);
                assertThat(mustBeSaved).as("the test typed for more than the loss bound").isPositive();
                assertThat(app.tryLock(0)).as("the killed editor left no lock behind").isTrue();
                // The next round types its script again from an empty field.
                app.meetings().updateAgendaItem(item.withText(item.title(), item.presenter(), "", item.standing()));
            }
        }
    }

    private List<Key> typeUntilKilled(UUID meetingId, int keysBeforeKill) throws Exception {
        Process typist = ChildJvm.startHeadlessFx(MinutesTypist.class, dir.resolve("data").toString(),
                meetingId.toString());
        BufferedReader output = new BufferedReader(new InputStreamReader(typist.getInputStream(), StandardCharsets.UTF_8));
        List<Key> keys = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    synchronized (keys) {
                        String[] parts = line.strip().split(" ");
                        if (parts.length == 3 && parts[0].equals("TYPED")) {
                            keys.add(new Key(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
                        } else {
                            other.add(line);
                        }
                        keys.notifyAll();
                    }
                }
            } catch (java.io.IOException | RuntimeException killed) {
                // A line cut short by the kill was not reported.
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 180_000;
        synchronized (keys) {
            while (keys.size() < keysBeforeKill) {
                if (System.currentTimeMillis() > deadline || !typist.isAlive()) {
                    typist.destroyForcibly();
                    throw new AssertionError("The typist did not type " + keysBeforeKill + " keys: " + other + keys);
                }
                keys.wait(200);
            }
        }
        typist.destroyForcibly(); // SIGKILL on POSIX, while the keys are still coming
        assertThat(typist.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        synchronized (keys) {
            assertThat(other).as("the editor reported no problem").noneMatch(l -> l.startsWith("PROBLEMS")
                    || l.startsWith("FAILURE"));
            return List.copyOf(keys);
        }
    }
}
