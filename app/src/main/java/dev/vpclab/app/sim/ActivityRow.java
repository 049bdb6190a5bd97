package dev.vpclab.app.sim;

/**
 * One line of the Auto Scaling activity log.
 *
 * @param time when, in simulated seconds
 * @param clock the time as text ("0:13")
 * @param text what happened, in the UI's language
 */
public record ActivityRow(long time, String clock, String text) {
}
