package dev.vpclab.app.sim;

import dev.vpclab.sim.metrics.Statistic;

/**
 * What the dashboard asks of the simulator: the period, one statistic for every chart (or each chart's
 * recommended one), and how much time to show.
 *
 * @param periodSeconds 60 or 300
 * @param statistic the statistic for every chart, or null for each metric's recommended statistic
 * @param windowSeconds how far back from now to show, or 0 for the whole run
 */
public record DashboardQuery(int periodSeconds, Statistic statistic, long windowSeconds) {

    /** One-minute periods, recommended statistics, the last 30 minutes. */
    public static final DashboardQuery DEFAULT = new DashboardQuery(60, null, 1800);

    /** Validates. */
    public DashboardQuery {
        if (periodSeconds != 60 && periodSeconds != 300) {
            throw new IllegalArgumentException("the dashboard period is 60 or 300 s, not " + periodSeconds);
        }
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("the time window cannot be negative");
        }
    }

    /**
     * @param now the simulated time
     * @return the first second shown
     */
    public long windowStart(long now) {
        return windowSeconds == 0 ? 0 : Math.max(0, now - windowSeconds);
    }
}
