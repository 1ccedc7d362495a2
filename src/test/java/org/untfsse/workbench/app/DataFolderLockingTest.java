package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.testsupport.ChildJvm;
import org.untfsse.workbench.testsupport.LockHolder;
import org.untfsse.workbench.testsupport.TestWorkbench;

class DataFolderLockingTest {

    @TempDir
    Path dir;

    @Test
    void a_writing_command_waits_briefly_then_refuses_with_a_clear_message_while_another_process_holds_the_folder()
            throws Exception {
        try (AppContext context = TestWorkbench.open(dir)) {
            Process holder = ChildJvm.start(LockHolder.class, context.folder().lockFile().toString());
            try {
                ChildJvm.awaitLine(holder, "LOCKED");
                long started = System.nanoTime();
                assertThatThrownBy(context::requireWriteAccess)
                        .isInstanceOf(CliException.class)
                        .hasMessageContaining("in use by the workbench window")
                        .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(ExitCodes.FAILURE));
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(2500);
            } finally {
                holder.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void a_lock_left_by_a_killed_process_never_blocks_the_next_start() throws Exception {
        try (AppContext context = TestWorkbench.open(dir)) {
            Process holder = ChildJvm.start(LockHolder.class, context.folder().lockFile().toString());
            ChildJvm.awaitLine(holder, "LOCKED");
            holder.destroyForcibly().waitFor(); // SIGKILL: no chance to clean up
            assertThat(context.folder().lockFile()).exists();
            assertThat(context.tryLock(0)).isTrue();
        }
    }

    @Test
    void reading_needs_no_lock_so_it_works_while_another_process_holds_the_folder() throws Exception {
        try (AppContext context = TestWorkbench.open(dir)) {
            Process holder = ChildJvm.start(LockHolder.class, context.folder().lockFile().toString());
            try {
                ChildJvm.awaitLine(holder, "LOCKED");
                assertThat(context.roster().roster(context.roster().today(), "", org.untfsse.workbench.service.roster.RosterFilter.ALL))
                        .isEmpty();
            } finally {
                holder.destroyForcibly().waitFor();
            }
        }
    }
}
