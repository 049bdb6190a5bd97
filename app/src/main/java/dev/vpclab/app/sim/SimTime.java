package dev.vpclab.app.sim;

/** Simulated time as the dashboard writes it: hours, minutes and seconds since the run began ("0:45:00"). */
public final class SimTime {

    private SimTime() {
    }

    /**
     * @param seconds simulated seconds since the start
     * @return "h:mm:ss"
     */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /**
     * @param seconds simulated seconds since the start
     * @return "h:mm", for axes and logs
     */
    public static String minutes(long seconds) {
        long s = Math.max(0, seconds);
        return String.format(java.util.Locale.ROOT, "%d:%02d", s / 3600, s / 60 % 60);
    }
}
