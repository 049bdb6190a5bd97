package dev.vpclab.icons;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs work that needs the JavaFX application thread (snapshots), from whatever thread asks.
 */
final class FxThread {

    private static final long TIMEOUT_SECONDS = 30;

    private FxThread() {
    }

    /**
     * Runs the work at once when already on the FX thread, otherwise hands it to the FX thread and waits.
     *
     * @param work what to run
     * @param <T> its result type
     * @return the work's result
     * @throws IllegalStateException when the JavaFX toolkit has not been started, or the FX thread is stuck
     */
    static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException notStarted) {
            throw new IllegalStateException("Icon images need the JavaFX toolkit: start it first "
                    + "(Application.launch or Platform.startup), then ask again.", notStarted);
        }
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the JavaFX thread to draw an icon.", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The JavaFX thread did not draw the icon within " + TIMEOUT_SECONDS
                    + " s; do not wait for an icon image while holding up the FX thread.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
