package dev.vpclab.sim;

import java.util.PriorityQueue;

/** Things the simulator must do at a given second (a boot completing, a failover, a planned fault), in time order. */
final class EventQueue {

    private record Entry(long time, long order, Runnable action) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.time != b.time ? Long.compare(a.time, b.time)
            : Long.compare(a.order, b.order));
    private long order;

    /**
     * @param time when
     * @param action what
     */
    void at(long time, Runnable action) {
        queue.add(new Entry(time, order++, action));
    }

    /**
     * Runs everything due at or before a time.
     *
     * @param now the time
     */
    void runDue(long now) {
        while (!queue.isEmpty() && queue.peek().time <= now) {
            queue.poll().action.run();
        }
    }
}
