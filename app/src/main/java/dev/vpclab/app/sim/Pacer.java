package dev.vpclab.app.sim;

/**
 * Turns wall-clock time into whole simulated seconds at a speed (simulated seconds per wall second), carrying the
 * fraction over to the next call. A pause of the thread (a slow frame, a debugger) never makes the simulation
 * jump: one call gives at most one wall second's worth.
 */
final class Pacer {

    private long last = Long.MIN_VALUE;
    private double owed;
    private int speed;

    /** @param speed simulated seconds per wall second, at least 1 */
    Pacer(int speed) {
        setSpeed(speed);
    }

    /** @param speed simulated seconds per wall second, at least 1 */
    void setSpeed(int speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("the speed is at least 1 simulated second per second, not " + speed);
        }
        this.speed = speed;
    }

    /** @return simulated seconds per wall second */
    int speed() {
        return speed;
    }

    /**
     * Starts counting from a moment, forgetting what was owed.
     *
     * @param nanos the wall clock now, in nanoseconds
     */
    void start(long nanos) {
        last = nanos;
        owed = 0;
    }

    /**
     * @param nanos the wall clock now, in nanoseconds
     * @return the whole simulated seconds to advance since the last call
     */
    long advance(long nanos) {
        if (last == Long.MIN_VALUE) {
            start(nanos);
            return 0;
        }
        double wall = Math.max(0, nanos - last) / 1e9;
        last = nanos;
        owed += wall * speed;
        long whole = (long) Math.floor(owed);
        owed -= whole;
        if (whole > speed) {
            whole = speed;
            owed = 0;
        }
        return whole;
    }
}
