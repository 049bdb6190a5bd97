package dev.vpclab.app.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Packet Tracer's event-list controls without their buttons: the current hop, first / back / forward / last, and
 * Play, which walks the hops at a speed (1× is {@value #SECONDS_PER_HOP} s per hop) as a clock calls
 * {@link #tick}. Manual steps pause playing. No toolkit inside: tests drive the clock by hand.
 */
public final class TraceStepper {

    /** Seconds one hop takes while playing at 1×. */
    public static final double SECONDS_PER_HOP = 0.7;
    /** The slowest and fastest speed. */
    public static final double MIN_SPEED = 0.25;
    /** The fastest speed. */
    public static final double MAX_SPEED = 4;

    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final List<IntConsumer> stepListeners = new ArrayList<>();

    /** @return how many hops there are */
    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** @return the current hop's index, or -1 when there are none */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** @return how far the packet is from the current hop towards the next while playing, 0–1 */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return whether it is playing */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return hops per {@value #SECONDS_PER_HOP} s, {@value #MIN_SPEED}–{@value #MAX_SPEED} */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * @param listener told the index of a hop the user stepped to (a button, a row, the end of playing), not of
     *     the hops playing passes
     */
    public void addStepListener(IntConsumer listener) {
        stepListeners.add(listener);
    }

    /**
     * Shows a new list of hops.
     *
     * @param n how many
     * @param at the hop to start at (clamped), or -1 for the first
     */
    void reset(int n, int at) {
        playing.set(false);
        progress.set(0);
        size.set(n);
        current.set(n == 0 ? -1 : Math.max(0, Math.min(n - 1, at)));
    }

    /** Goes to the first hop. */
    public void first() {
        go(0);
    }

    /** Goes back one hop (stays at the first). */
    public void back() {
        go(current.get() - 1);
    }

    /** Goes forward one hop (stays at the last). */
    public void forward() {
        go(current.get() + 1);
    }

    /** Goes to the last hop. */
    public void last() {
        go(size.get() - 1);
    }

    /** @param index a hop to show (clamped) */
    public void go(int index) {
        if (size.get() == 0) {
            return;
        }
        playing.set(false);
        progress.set(0);
        current.set(Math.max(0, Math.min(size.get() - 1, index)));
        stepListeners.forEach(l -> l.accept(current.get()));
    }

    /** Starts playing, from the first hop when it stands at the last. */
    public void play() {
        if (size.get() == 0) {
            return;
        }
        if (current.get() >= size.get() - 1) {
            current.set(0);
        }
        progress.set(0);
        playing.set(true);
    }

    /** Stops playing where the packet is. */
    public void pause() {
        playing.set(false);
        progress.set(0);
    }

    /** Play or pause. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Advances the packet while playing; at the last hop it stops and tells the step listeners.
     *
     * @param seconds wall-clock time since the last tick
     */
    public void tick(double seconds) {
        if (!playing.get() || seconds <= 0) {
            return;
        }
        double p = progress.get() + seconds * Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get())) / SECONDS_PER_HOP;
        while (p >= 1 && current.get() < size.get() - 1) {
            p -= 1;
            current.set(current.get() + 1);
        }
        if (current.get() >= size.get() - 1) {
            playing.set(false);
            progress.set(0);
            stepListeners.forEach(l -> l.accept(current.get()));
        } else {
            progress.set(p);
        }
    }
}
