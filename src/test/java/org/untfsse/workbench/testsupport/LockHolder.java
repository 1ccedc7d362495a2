package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import org.untfsse.workbench.store.common.DataFolderLock;

/** Run in a separate JVM by tests: takes a data folder's lock, says so, and holds it until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        DataFolderLock lock = DataFolderLock.tryAcquire(Path.of(args[0]), 5000).orElseThrow();
        System.out.println("LOCKED");
        System.out.flush();
        Thread.sleep(60_000);
        lock.close();
    }
}
