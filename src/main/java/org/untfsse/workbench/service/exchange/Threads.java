package org.untfsse.workbench.service.exchange;

/** What the export's and the import's second threads share. */
final class Threads {

    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, even when this thread is interrupted meanwhile (the
     * interrupt is kept for the caller): a stream the other thread reads or writes may be closed
     * only after that.
     */
    static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
