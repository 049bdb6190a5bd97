package dev.vpclab.sim;

import dev.vpclab.sim.metrics.LogBuckets;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricSeries;
import dev.vpclab.sim.metrics.MetricStore;

/**
 * What the simulated clients saw each second — requests sent, errors (any answer but 2XX/3XX), timeouts (no answer:
 * a blocked path, a dead node) and the latency of answered requests — published under VPC Lab's own namespace
 * {@value MetricNames#CLIENT}, since no AWS metric sees requests that never reach a load balancer.
 */
final class ClientCounters {

    long requests;
    long errors;
    long timeouts;
    final DenseHistogram latency = new DenseHistogram();
    private final String destination;
    private MetricSeries requestSeries;
    private MetricSeries errorSeries;
    private MetricSeries timeoutSeries;
    private MetricSeries latencySeries;

    ClientCounters(String destination) {
        this.destination = destination;
    }

    /** @param seconds an answered request's latency */
    void ok(double seconds) {
        latency.add(seconds, LogBuckets.index(seconds));
    }

    /**
     * @param store the metrics
     * @param t the second
     */
    void flush(MetricStore store, long t) {
        if (requests > 0) {
            if (requestSeries == null) {
                requestSeries = store.series(key("Requests"), 60);
                errorSeries = store.series(key("Errors"), 60);
                timeoutSeries = store.series(key("Timeouts"), 60);
                latencySeries = store.series(key("Latency"), 60);
            }
            requestSeries.addCount(t, requests);
            errorSeries.add(t, errors);
            timeoutSeries.add(t, timeouts);
            latency.flush(latencySeries, t);
        }
        requests = 0;
        errors = 0;
        timeouts = 0;
        latency.clear();
    }

    private MetricKey key(String name) {
        return MetricKey.of(MetricNames.CLIENT, name, MetricNames.DESTINATION, destination);
    }
}
