package dev.vpclab.icons;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once for the tests (headless under Monocle, as set in the pom).
 */
final class JavaFx {

    private static boolean started;

    private JavaFx() {
    }

    /** Starts the toolkit unless it already runs. */
    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The JavaFX toolkit did not start within 30 s");
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
