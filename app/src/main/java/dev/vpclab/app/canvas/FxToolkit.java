package dev.vpclab.app.canvas;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for work without a window (PNG export from the command line) and runs code on its
 * thread. Without a display the toolkit runs on Monocle's headless platform with the software renderer.
 */
public final class FxToolkit {

    private static final long START_TIMEOUT_SECONDS = 60;
    private static boolean startedHere;
    /** Held so that the logger (and its level) is not collected before JavaFX logs through it. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private FxToolkit() {
    }

    /**
     * Starts the toolkit if nothing has yet, headless.
     *
     * @return true if this call started it (the caller may then {@link #stop} it)
     */
    public static synchronized boolean startHeadless() {
        if (startedHere) {
            return false;
        }
        // Only effective before the toolkit starts: Monocle's headless glass, the software pipeline, no AWT display.
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" is noise on a command line
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        // Started on a thread of its own so that a toolkit that never comes up (a missing native library, a platform
        // that waits for a display) cannot hang the command line: we wait a bounded time and say so.
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> ready.complete(null));
            } catch (Throwable t) {
                ready.completeExceptionally(t);
            }
        }, "vpclab-fx-start");
        starter.setDaemon(true);
        starter.start();
        try {
            ready.get(START_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            startedHere = true;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalStateException) {
                return false; // the toolkit is already running (the app window, or a test): use it
            }
            throw new IllegalStateException("JavaFX did not start: " + e.getCause(), e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start within " + START_TIMEOUT_SECONDS
                    + " s (headless Monocle, software rendering); check that the JavaFX native libraries are present", e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Stops the toolkit if {@link #startHeadless} started it. */
    public static synchronized void stop() {
        if (startedHere) {
            Platform.exit();
            startedHere = false;
        }
    }

    /**
     * Runs work on the JavaFX application thread and waits for it (runs it at once when already there).
     *
     * @param work the work
     * @param <T> its result type
     * @return its result
     * @throws Exception what the work threw
     */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(cause);
        }
    }
}
