package dev.vpclab.sim;

import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.Statistic;
import java.util.List;

/** Reading metrics of a run in tests. */
final class SimCheck {

    private SimCheck() {
    }

    /**
     * @param sim a run
     * @param key a metric
     * @param statistic a statistic
     * @param from first second
     * @param to end (exclusive)
     * @return its one-minute datapoints
     */
    static List<Datapoint> points(TrafficSimulator sim, MetricKey key, Statistic statistic, long from, long to) {
        return sim.query(new MetricQuery(key, 60, statistic, from, to));
    }

    /**
     * @param sim a run
     * @param key a count metric
     * @param from first second
     * @param to end (exclusive)
     * @return its sum over the range (0 when missing)
     */
    static double sum(TrafficSimulator sim, MetricKey key, long from, long to) {
        return points(sim, key, Statistic.SUM, from, to).stream().mapToDouble(Datapoint::value).sum();
    }

    /**
     * @param name an ALB metric
     * @param lb the load balancer's dimension
     * @return the metric at load-balancer level
     */
    static MetricKey alb(String name, String lb) {
        return MetricKey.of(MetricNames.ALB, name, MetricNames.LOAD_BALANCER, lb);
    }

    /**
     * @param name an ALB metric
     * @param lb the load balancer's dimension
     * @param tg the target group's dimension
     * @return the metric at target-group level
     */
    static MetricKey albGroup(String name, String lb, String tg) {
        return MetricKey.of(MetricNames.ALB, name, MetricNames.LOAD_BALANCER, lb, MetricNames.TARGET_GROUP, tg);
    }

    /**
     * @param name a client metric
     * @param destination the destination's label
     * @return the metric
     */
    static MetricKey client(String name, String destination) {
        return MetricKey.of(MetricNames.CLIENT, name, MetricNames.DESTINATION, destination);
    }
}
