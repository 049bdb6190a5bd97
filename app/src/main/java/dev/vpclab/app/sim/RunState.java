package dev.vpclab.app.sim;

/** Where a simulation run stands, as the Simulation tab and the status line show it. */
public enum RunState {
    /** No scenario is loaded yet. */
    IDLE,
    /** Loaded and waiting: at time 0 after a reset, or paused by the user. */
    PAUSED,
    /** Advancing at the chosen speed. */
    RUNNING,
    /** Reached the scenario's duration and stopped there (Play continues past it). */
    FINISHED,
    /** The scenario could not start; the snapshot's error says why. */
    FAILED
}
