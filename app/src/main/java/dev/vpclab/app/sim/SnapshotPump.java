package dev.vpclab.app.sim;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Hands the controller's newest snapshot to the views at most once per pulse: an {@link AnimationTimer} that reads
 * {@link SimulationController#latest()} (never blocking) and passes it on only when it is new; and gives each frame
 * to the canvas driver for its animation.
 */
final class SnapshotPump extends AnimationTimer {

    private final SimulationController controller;
    private final List<Consumer<SimulationSnapshot>> readers;
    private final CanvasDriver canvas;
    private long seen = -1;

    SnapshotPump(SimulationController controller, List<Consumer<SimulationSnapshot>> readers, CanvasDriver canvas) {
        this.controller = controller;
        this.readers = List.copyOf(readers);
        this.canvas = canvas;
    }

    @Override
    public void handle(long now) {
        drain();
        canvas.frame(now);
    }

    /** Passes on the newest snapshot if it is new (also for tests that cannot wait for a pulse). */
    void drain() {
        SimulationSnapshot s = controller.latest();
        if (s.sequence() != seen) {
            seen = s.sequence();
            for (Consumer<SimulationSnapshot> r : readers) {
                r.accept(s);
            }
            canvas.apply(s);
        }
    }

    /** Makes the next pulse pass the newest snapshot on even when it was seen (after the views were cleared). */
    void forget() {
        seen = -1;
    }
}
