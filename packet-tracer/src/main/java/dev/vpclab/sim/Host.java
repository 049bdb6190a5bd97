package dev.vpclab.sim;

import dev.vpclab.model.resource.Instance;

/**
 * Something that serves requests: an EC2 instance (or the holder of an IP target). Its vCPUs serve a fluid queue
 * second by second: work beyond what the vCPUs can do in a second waits for the next, a request that would wait too
 * long is refused, and a queueing delay that grows with utilisation (Sakasegawa's approximation for c servers)
 * makes latency rise before saturation.
 */
final class Host {

    final int index;
    final String id;
    final String instanceId;
    final String instanceType;
    final int vcpus;
    final long launchedAt;
    String subnetId;
    String zone;
    String attachmentId;
    String groupId;
    Instance.State state;
    long readyAt;
    boolean inService;
    long inServiceAt = -1;
    boolean terminating;
    boolean detailedMonitoring;
    boolean dbOk;

    double backlog;
    double work;
    double latencySum;
    double dbHold;
    double queueDelay;
    double cpu;
    double inFlight;
    double cpuMinute;
    int cpuSamples;
    long bytesIn;
    long bytesOut;
    long served;

    Host(int index, String id, String instanceId, String instanceType, Instance.State state, long launchedAt, long readyAt) {
        this.index = index;
        this.id = id;
        this.instanceId = instanceId;
        this.instanceType = instanceType;
        this.vcpus = InstanceTypes.vcpus(instanceType);
        this.state = state;
        this.launchedAt = launchedAt;
        this.readyAt = readyAt;
    }

    /** @return true when running and its application has booted */
    boolean serving(long now) {
        return state == Instance.State.RUNNING && now >= readyAt;
    }

    /** @return true while the instance exists (not terminated) */
    boolean alive() {
        return state != Instance.State.TERMINATED;
    }

    /**
     * @param u how far into the second, 0–1
     * @return how long a request arriving then waits for the vCPUs, in seconds
     */
    double waitAt(double u) {
        double b = backlog + work - vcpus * u;
        return (b <= 0 ? 0 : b / vcpus) + queueDelay;
    }

    /**
     * @param cpuSeconds the request's CPU time
     * @param latency its latency
     */
    void admit(double cpuSeconds, double latency) {
        work += cpuSeconds;
        latencySum += latency;
        served++;
    }

    /**
     * Ends a second: the vCPUs do what they can, the rest waits.
     *
     * @param idlePercent CPU used with no load
     * @param meanService the mean CPU time per request, for the queueing delay
     */
    void endSecond(double idlePercent, double meanService) {
        double total = backlog + work;
        double done = Math.min(total, vcpus);
        backlog = total - done;
        double util = done / vcpus;
        boolean on = state == Instance.State.RUNNING;
        cpu = on ? idlePercent + (100 - idlePercent) * util : 0;
        if (on) {
            cpuMinute += cpu;
            cpuSamples++;
        }
        double rho = Math.min(util, 0.98);
        queueDelay = rho <= 0 ? 0 : meanService * Math.pow(rho, Math.sqrt(2.0 * (vcpus + 1)) - 1) / (vcpus * (1 - rho));
        inFlight = latencySum;
        work = 0;
        latencySum = 0;
        dbHold = 0;
    }

    /** Drops queued work: the instance stopped. */
    void reset() {
        backlog = 0;
        work = 0;
        queueDelay = 0;
        cpu = 0;
        inFlight = 0;
    }
}
