package dev.vpclab.app.sim;

import dev.vpclab.sim.MetricNames;
import dev.vpclab.sim.TrafficSimulator;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricQuery;
import dev.vpclab.sim.metrics.Statistic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers the dashboard's charts from a simulator, on the simulator's thread: which metrics each chart shows (the
 * simulated load balancer's, the busiest target group's, every instance's and database's), queried for the period,
 * statistic and window of a {@link DashboardQuery}. Only whole periods are shown, so the newest point never dips
 * because its period has just begun.
 */
final class DashboardQueries {

    private DashboardQueries() {
    }

    /**
     * @param sim the simulator (read on its own thread)
     * @param query what the dashboard asks
     * @return every chart's lines
     */
    static Map<ChartId, List<Series>> run(TrafficSimulator sim, DashboardQuery query) {
        Map<ChartId, List<Series>> out = new EnumMap<>(ChartId.class);
        List<MetricKey> keys = sim.metrics().keys();
        int period = query.periodSeconds();
        long end = sim.now() / period * period;
        long start = Math.min(end, query.windowStart(sim.now()) / period * period);
        String lb = loadBalancer(keys, sim.scenario().to());
        for (ChartId chart : ChartId.values()) {
            List<Series> lines = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (ChartId.Line line : chart.lines()) {
                Statistic stat = query.statistic() == null ? line.recommended() : query.statistic();
                if (!seen.add(line.metricName() + " " + stat.text())) {
                    continue;
                }
                for (MetricKey key : keysFor(chart, line.metricName(), keys, lb, sim, start, end)) {
                    List<Datapoint> points = sim.query(new MetricQuery(key, period, stat, start, end));
                    if (chart.count() && (stat.kind() == Statistic.Kind.SUM || stat.kind() == Statistic.Kind.SAMPLE_COUNT)) {
                        points = zeroFilled(points, start, end, period);
                    }
                    if (!points.isEmpty() || chart != ChartId.CPU && chart != ChartId.DB_CONNECTIONS) {
                        lines.add(new Series(label(chart, key, line.metricName(), stat), line.metricName(), stat, points));
                    }
                }
            }
            out.put(chart, List.copyOf(lines));
        }
        return out;
    }

    private static String label(ChartId chart, MetricKey key, String metric, Statistic stat) {
        if (chart == ChartId.CPU) {
            return key.dimensions().get(MetricNames.INSTANCE_ID);
        }
        if (chart == ChartId.DB_CONNECTIONS) {
            return key.dimensions().get(MetricNames.DB_INSTANCE);
        }
        if (chart == ChartId.HOSTS) {
            return metric.replace("HostCount", "");
        }
        return stat.text();
    }

    private static List<MetricKey> keysFor(ChartId chart, String metric, List<MetricKey> keys, String lb, TrafficSimulator sim, long start,
                                           long end) {
        List<MetricKey> out = new ArrayList<>();
        switch (chart) {
            case CPU:
                return matching(keys, MetricNames.EC2, metric, MetricNames.INSTANCE_ID);
            case DB_CONNECTIONS:
                return matching(keys, MetricNames.RDS, metric, MetricNames.DB_INSTANCE);
            case HOSTS:
                if (lb != null) {
                    String tg = busiestTargetGroup(keys, lb, sim, start, end);
                    if (tg != null) {
                        out.add(MetricKey.of(MetricNames.ALB, metric, MetricNames.LOAD_BALANCER, lb, MetricNames.TARGET_GROUP, tg));
                    }
                }
                return out;
            default:
                if (lb != null) {
                    out.add(MetricKey.of(MetricNames.ALB, metric, MetricNames.LOAD_BALANCER, lb));
                }
                return out;
        }
    }

    /** Metrics of one name whose only dimension is the given one (one per instance, one per database). */
    private static List<MetricKey> matching(List<MetricKey> keys, String namespace, String metric, String dimension) {
        List<MetricKey> out = new ArrayList<>();
        for (MetricKey k : keys) {
            if (k.namespace().equals(namespace) && k.name().equals(metric) && k.dimensions().size() == 1
                    && k.dimensions().containsKey(dimension)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * @param keys the published metrics
     * @param to the scenario's destination (a name or id), or null
     * @return the LoadBalancer dimension of the simulated load balancer, or null when none published requests
     */
    static String loadBalancer(List<MetricKey> keys, String to) {
        String first = null;
        for (MetricKey k : matching(keys, MetricNames.ALB, "RequestCount", MetricNames.LOAD_BALANCER)) {
            String dim = k.dimensions().get(MetricNames.LOAD_BALANCER);
            if (to != null && (dim.contains("/" + to + "/") || dim.endsWith(to) || to.endsWith(dim))) {
                return dim;
            }
            if (first == null) {
                first = dim;
            }
        }
        return first;
    }

    /** The target group of the load balancer that served the most requests in the window (ties: the first by name). */
    private static String busiestTargetGroup(List<MetricKey> keys, String lb, TrafficSimulator sim, long start, long end) {
        Map<String, Double> requests = new HashMap<>();
        String best = null;
        for (MetricKey k : keys) {
            if (k.namespace().equals(MetricNames.ALB) && k.name().equals("HealthyHostCount") && k.dimensions().size() == 2
                    && lb.equals(k.dimensions().get(MetricNames.LOAD_BALANCER))) {
                String tg = k.dimensions().get(MetricNames.TARGET_GROUP);
                double sum = 0;
                MetricKey rc = MetricKey.of(MetricNames.ALB, "RequestCount", MetricNames.LOAD_BALANCER, lb, MetricNames.TARGET_GROUP, tg);
                for (Datapoint d : sim.query(new MetricQuery(rc, 60, Statistic.SUM, Math.max(0, start), Math.max(start, sim.now())))) {
                    sum += d.value();
                }
                requests.put(tg, sum);
                if (best == null || sum > requests.get(best) || sum == requests.get(best) && tg.compareTo(best) < 0) {
                    best = tg;
                }
            }
        }
        return best;
    }

    /**
     * @param points datapoints of a count, oldest first
     * @param start the first period
     * @param end the end (exclusive)
     * @param period the period
     * @return one point per period, 0 where nothing was counted
     */
    static List<Datapoint> zeroFilled(List<Datapoint> points, long start, long end, int period) {
        List<Datapoint> out = new ArrayList<>();
        int i = 0;
        for (long t = start; t < end; t += period) {
            if (i < points.size() && points.get(i).time() == t) {
                out.add(points.get(i++));
            } else {
                out.add(new Datapoint(t, 0));
            }
        }
        return out;
    }
}
