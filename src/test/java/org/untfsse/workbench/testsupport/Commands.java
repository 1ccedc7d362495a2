package org.untfsse.workbench.testsupport;

/** Runs a system command for a test (mount, umount …): its exit code, or -1 when it is not there. */
public final class Commands {

    private Commands() {
    }

    public static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (java.io.IOException notAvailable) {
            return -1;
        }
    }
}
