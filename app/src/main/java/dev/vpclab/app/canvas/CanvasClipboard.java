package dev.vpclab.app.canvas;

/** The app's own clipboard for diagram elements, shared by every canvas of the running app. */
final class CanvasClipboard {

    private static PastePlanner.Clip clip = new PastePlanner.Clip(java.util.List.of(), java.util.Map.of(), java.util.List.of());
    private static int pastes;

    private CanvasClipboard() {
    }

    static synchronized void put(PastePlanner.Clip c) {
        clip = c;
        pastes = 0;
    }

    static synchronized PastePlanner.Clip get() {
        return clip;
    }

    /** @return how far the next paste is drawn from the originals: one more offset each time */
    static synchronized double nextOffset() {
        pastes++;
        return PastePlanner.OFFSET * pastes;
    }
}
