package dev.vpclab.app.ui;

/** What the window is for at the moment: drawing, tracing one request, or simulating traffic. */
public enum Mode {
    /** Draw and edit the network. */
    DESIGN,
    /** Trace one request hop by hop (issue 6). */
    TRACE,
    /** Simulate traffic, metrics and failures (issue 6). */
    SIMULATE
}
