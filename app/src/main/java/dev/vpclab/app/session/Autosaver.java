package dev.vpclab.app.session;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Writes recovery copies of the open document: the text is made on the UI thread (the document is immutable, so
 * this is a consistent snapshot) and written on a background thread, in order; deleting the copy goes through
 * the same queue so a late write cannot bring it back.
 */
public final class Autosaver {

    private final RecoveryStore store;
    private final ExecutorService writer;
    private Timeline timer;
    private volatile IOException lastFailure;

    /**
     * @param store where copies go
     * @param writer the thread that writes them (a test passes one that runs at once)
     */
    public Autosaver(RecoveryStore store, ExecutorService writer) {
        this.store = store;
        this.writer = writer;
    }

    /** @param store where copies go; written on a background thread of its own */
    public Autosaver(RecoveryStore store) {
        this(store, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vpclab-autosave");
            t.setDaemon(true);
            return t;
        }));
    }

    /** @return where copies go */
    public RecoveryStore store() {
        return store;
    }

    /**
     * Starts the timer (on the UI thread).
     *
     * @param every how often
     * @param tick what to do each time (the session's autosave, which skips clean documents)
     */
    public void start(Duration every, Runnable tick) {
        stop();
        timer = new Timeline(new KeyFrame(every, e -> tick.run()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** Stops the timer. */
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /**
     * @param doc the document
     * @param file its file, or null
     * @param name its name
     */
    public void save(Document doc, Path file, String name) {
        String json = DocumentFormat.toJson(doc);
        writer.execute(() -> {
            try {
                store.save(json, file, name);
                lastFailure = null;
            } catch (IOException e) {
                // Autosave is a safety net: a failure must not interrupt editing; the next tick tries again.
                lastFailure = e;
            }
        });
    }

    /** @return the last write failure, or null when the last copy was written */
    public IOException lastFailure() {
        return lastFailure;
    }

    /** Deletes the copy (after a clean save or close, or when another document replaces it). */
    public void discard() {
        writer.execute(store::discard);
    }

    /** Stops the timer and waits briefly for queued writes and deletes (on quit). */
    public void shutdown() {
        stop();
        writer.shutdown();
        try {
            writer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
