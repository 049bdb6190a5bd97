package dev.vpclab.app.trace;

import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs the last task handed to it once things have been quiet for a moment, on the FX thread: a burst of edits
 * (a drag, typing in a rule) re-runs the shown trace once, after the burst.
 */
final class Debounce implements Executor {

    private final PauseTransition pause;
    private Runnable task;

    /** @param quiet how long nothing must happen before the task runs */
    Debounce(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable t = task;
            task = null;
            if (t != null) {
                t.run();
            }
        });
    }

    @Override
    public void execute(Runnable command) {
        task = command;
        pause.playFromStart();
    }
}
