package dev.vpclab.sim;

import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.metrics.LogBuckets;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricSeries;
import dev.vpclab.sim.metrics.MetricStore;

/**
 * A load balancer's counters for the current second, by target group and node (each node is one zone), published
 * every second at the dimension levels AWS uses: the load balancer, its zones, its target groups, and target group
 * by zone. Load balancer metrics are published only while requests flow, so a quiet minute has no datapoint
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html">ALB
 * metrics</a>); counts of zero are not published either, which is why error alarms treat missing data as not breaching.
 */
final class LbCounters {

    static final int REQUESTS = 0;
    static final int ELB_3XX = 1;
    static final int ELB_4XX = 2;
    static final int ELB_5XX = 3;
    static final int ELB_502 = 4;
    static final int ELB_503 = 5;
    static final int ELB_504 = 6;
    static final int TARGET_2XX = 7;
    static final int TARGET_5XX = 8;
    static final int FIXED = 9;
    static final int REDIRECT = 10;
    static final int UNHEALTHY_ROUTING = 11;
    static final int CONNECTION_ERRORS = 12;
    static final int NEW_CONNECTIONS = 13;
    static final int BYTES = 14;
    static final int TARGET_RESETS = 15;

    private static final int LB = 1;
    private static final int AZ = 2;
    private static final int TG = 4;
    private static final int TG_AZ = 8;
    private static final int ALL = LB | AZ | TG | TG_AZ;

    private static final String[] ALB_NAMES = {"RequestCount", "HTTPCode_ELB_3XX_Count", "HTTPCode_ELB_4XX_Count",
        "HTTPCode_ELB_5XX_Count", "HTTPCode_ELB_502_Count", "HTTPCode_ELB_503_Count", "HTTPCode_ELB_504_Count",
        "HTTPCode_Target_2XX_Count", "HTTPCode_Target_5XX_Count", "HTTP_Fixed_Response_Count", "HTTP_Redirect_Count",
        "UnhealthyRoutingRequestCount", "TargetConnectionErrorCount", "NewConnectionCount", "ProcessedBytes", null};
    private static final String[] NLB_NAMES = {null, null, null, null, null, null, null, null, null, null, null,
        "UnhealthyRoutingFlowCount", null, "NewFlowCount", "ProcessedBytes", "TCP_Target_Reset_Count"};
    private static final int[] LEVELS = {ALL, LB | AZ, LB | AZ, LB | AZ, LB | AZ, LB | AZ, LB | AZ, ALL, ALL, LB | AZ, LB | AZ,
        TG | TG_AZ, ALL, LB | AZ, LB | AZ, LB | AZ};

    private final LoadBalancerModel lb;
    private final int groups;
    private final int nodes;
    private final long[][] counts;
    private final DenseHistogram[] latency;
    private final MetricSeries[][] handles;
    private final MetricSeries[] latencyHandles;
    private final MetricSeries[] hostHandles;
    private final MetricSeries[] perTargetHandles;
    boolean traffic;

    LbCounters(LoadBalancerModel lb, int groups, int nodes) {
        this.lb = lb;
        this.groups = groups;
        this.nodes = nodes;
        int cells = (groups + 1) * nodes;
        this.counts = new long[ALB_NAMES.length][cells];
        int levels = 1 + nodes + groups + groups * nodes;
        this.latency = new DenseHistogram[lb.alb ? levels : 0];
        for (int i = 0; i < latency.length; i++) {
            latency[i] = new DenseHistogram();
        }
        this.handles = new MetricSeries[ALB_NAMES.length][levels];
        this.latencyHandles = new MetricSeries[levels];
        this.hostHandles = new MetricSeries[2 * groups * (nodes + 1)];
        this.perTargetHandles = new MetricSeries[2 * groups];
    }

    /**
     * @param counter which counter
     * @param group the target group, or -1 for none
     * @param node the node
     */
    void count(int counter, int group, int node) {
        counts[counter][(group < 0 ? groups : group) * nodes + node]++;
        traffic = true;
    }

    /**
     * @param counter which counter
     * @param group the target group, or -1 for none
     * @param node the node
     * @param n how much
     */
    void add(int counter, int group, int node, long n) {
        counts[counter][(group < 0 ? groups : group) * nodes + node] += n;
    }

    /**
     * @param seconds a target's response time
     * @param group the target group
     * @param node the node
     */
    void latency(double seconds, int group, int node) {
        int b = LogBuckets.index(seconds);
        latency[0].add(seconds, b);
        latency[1 + node].add(seconds, b);
        latency[1 + nodes + group].add(seconds, b);
        latency[1 + nodes + groups + group * nodes + node].add(seconds, b);
    }

    /**
     * Publishes the second and clears the counters.
     *
     * @param store the metrics
     * @param t the second
     */
    void flush(MetricStore store, long t) {
        if (!traffic) {
            return;
        }
        String[] names = lb.alb ? ALB_NAMES : NLB_NAMES;
        for (int c = 0; c < names.length; c++) {
            if (names[c] == null) {
                clear(counts[c]);
                continue;
            }
            publishCounter(store, t, c, names[c]);
        }
        for (int level = 0; level < latency.length; level++) {
            if (latency[level].count > 0) {
                if (latencyHandles[level] == null) {
                    latencyHandles[level] = store.series(key("TargetResponseTime", level), 60);
                }
                latency[level].flush(latencyHandles[level], t);
            }
        }
        publishHosts(store, t);
        traffic = false;
    }

    private void publishCounter(MetricStore store, long t, int c, String name) {
        long[] v = counts[c];
        int mask = LEVELS[c];
        long total = 0;
        for (int n = 0; n < nodes; n++) {
            long az = 0;
            for (int g = 0; g <= groups; g++) {
                az += v[g * nodes + n];
            }
            total += az;
            if ((mask & AZ) != 0) {
                emit(store, t, c, name, 1 + n, az);
            }
        }
        if ((mask & LB) != 0) {
            emit(store, t, c, name, 0, total);
        }
        for (int g = 0; g < groups; g++) {
            long tg = 0;
            for (int n = 0; n < nodes; n++) {
                long cell = v[g * nodes + n];
                tg += cell;
                if ((mask & TG_AZ) != 0) {
                    emit(store, t, c, name, 1 + nodes + groups + g * nodes + n, cell);
                }
            }
            if ((mask & TG) != 0) {
                emit(store, t, c, name, 1 + nodes + g, tg);
            }
            if (c == REQUESTS && tg > 0) {
                perTarget(store, t, g, tg);
            }
        }
        clear(v);
    }

    private void perTarget(MetricStore store, long t, int g, long requests) {
        TargetGroupModel tg = lb.groups.get(g);
        int healthy = tg.count(-1, TargetHealth.HEALTHY);
        int n = healthy > 0 ? healthy : Math.max(1, tg.registeredCount());
        if (perTargetHandles[2 * g] == null) {
            perTargetHandles[2 * g] = store.series(MetricKey.of(lb.namespace, "RequestCountPerTarget", MetricNames.TARGET_GROUP, tg.dimension), 60);
            perTargetHandles[2 * g + 1] = store.series(MetricKey.of(lb.namespace, "RequestCountPerTarget", MetricNames.TARGET_GROUP,
                    tg.dimension, MetricNames.LOAD_BALANCER, lb.dimension), 60);
        }
        perTargetHandles[2 * g].add(t, requests / (double) n);
        perTargetHandles[2 * g + 1].add(t, requests / (double) n);
    }

    private void emit(MetricStore store, long t, int c, String name, int level, long value) {
        if (value <= 0) {
            return;
        }
        MetricSeries s = handles[c][level];
        if (s == null) {
            s = store.series(key(name, level), 60);
            handles[c][level] = s;
        }
        if (c == BYTES) {
            s.add(t, value);
        } else {
            s.addCount(t, value);
        }
    }

    private void publishHosts(MetricStore store, long t) {
        for (int g = 0; g < groups; g++) {
            TargetGroupModel tg = lb.groups.get(g);
            for (int n = -1; n < nodes; n++) {
                int zone = n < 0 ? -1 : lb.nodeZone[n];
                int slot = 2 * (g * (nodes + 1) + n + 1);
                if (hostHandles[slot] == null) {
                    int level = n < 0 ? 1 + nodes + g : 1 + nodes + groups + g * nodes + n;
                    hostHandles[slot] = store.series(key("HealthyHostCount", level), 60);
                    hostHandles[slot + 1] = store.series(key("UnHealthyHostCount", level), 60);
                }
                hostHandles[slot].add(t, tg.count(zone, TargetHealth.HEALTHY));
                hostHandles[slot + 1].add(t, tg.count(zone, TargetHealth.UNHEALTHY));
            }
        }
    }

    private MetricKey key(String name, int level) {
        if (level == 0) {
            return MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension);
        }
        if (level <= nodes) {
            return MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension, MetricNames.AVAILABILITY_ZONE,
                    lb.zoneName(level - 1));
        }
        if (level <= nodes + groups) {
            return MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension, MetricNames.TARGET_GROUP,
                    lb.groups.get(level - 1 - nodes).dimension);
        }
        int i = level - 1 - nodes - groups;
        return MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension, MetricNames.TARGET_GROUP,
                lb.groups.get(i / nodes).dimension, MetricNames.AVAILABILITY_ZONE, lb.zoneName(i % nodes));
    }

    private static void clear(long[] v) {
        java.util.Arrays.fill(v, 0);
    }
}
