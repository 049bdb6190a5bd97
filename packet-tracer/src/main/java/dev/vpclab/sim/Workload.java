package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;

/**
 * How the simulated application behaves — the model's assumptions, each one a scenario parameter with a
 * default chosen so that the samples behave as their descriptions say.
 *
 * <ul>
 * <li>Each request costs CPU time drawn from a lognormal distribution with mean {@code serviceMillis} (default
 *     60 ms) and shape {@code serviceSigma} (default 0.5, the standard deviation of its logarithm). A target's
 *     vCPUs (from its instance type) serve a fluid queue: requests wait while earlier work is pending, so latency
 *     and CPUUtilization rise with load; a request that would wait longer than {@code maxWaitSeconds} (default 5 s)
 *     is refused (a 502 at an ALB).</li>
 * <li>A launched instance is {@code pending} for {@code bootSeconds} (default 60 s) before it serves.</li>
 * <li>{@code clients} simulated clients (default 1,000) at spread addresses send the requests; each resolves the
 *     load balancer's name for the DNS TTL of 60 s and keeps a connection for {@code requestsPerConnection}
 *     requests (default 10; an NLB pins each connection to one target).</li>
 * <li>A share {@code dbShare} of requests (default 1 when the targets use a database) queries the database for
 *     {@code dbQueryMillis} (default 5 ms) and {@code dbCpuMillis} of its CPU (default 2 ms), holding one connection
 *     while the request is in flight.</li>
 * <li>The application answers health checks with {@code healthStatus} (default 200) and idles at
 *     {@code idleCpuPercent} CPU (default 2 %).</li>
 * <li>{@code requestBytes} and {@code responseBytes} (default 1 KB and 20 KB) give network and processed-bytes metrics.</li>
 * <li>{@code monitoring}: EC2 basic (5-minute) or detailed (1-minute) monitoring; AUTO (default) gives detailed
 *     monitoring to instances of Auto Scaling groups, whose scaling policies need 1-minute data, and basic to the
 *     others.</li>
 * </ul>
 *
 * @param serviceMillis mean CPU time per request
 * @param serviceSigma lognormal shape
 * @param maxWaitSeconds longest queueing before a target refuses
 * @param bootSeconds time from launch to serving
 * @param clients how many clients
 * @param requestsPerConnection requests per client connection
 * @param dbShare share of requests that query the database, or NaN for the default
 * @param dbQueryMillis database time per query
 * @param dbCpuMillis database CPU per query
 * @param healthStatus the status health checks get
 * @param idleCpuPercent CPU used with no load
 * @param requestBytes bytes per request
 * @param responseBytes bytes per response
 * @param monitoring EC2 monitoring
 */
public record Workload(double serviceMillis, double serviceSigma, double maxWaitSeconds, int bootSeconds, int clients,
                       int requestsPerConnection, double dbShare, double dbQueryMillis, double dbCpuMillis, int healthStatus,
                       double idleCpuPercent, int requestBytes, int responseBytes, Monitoring monitoring) {

    /** EC2 monitoring. */
    public enum Monitoring { AUTO, BASIC, DETAILED }

    /** The defaults. */
    public static final Workload DEFAULT = new Workload(60, 0.5, 5, 60, 1000, 10, Double.NaN, 5, 2, 200, 2, 1024, 20480,
            Monitoring.AUTO);

    /** Validates. */
    public Workload {
        if (!(serviceMillis > 0) || !(serviceSigma >= 0) || !(maxWaitSeconds > 0) || bootSeconds < 0 || clients < 1
                || requestsPerConnection < 1 || !(dbQueryMillis >= 0) || !(dbCpuMillis >= 0) || !(idleCpuPercent >= 0)
                || idleCpuPercent >= 100 || requestBytes < 0 || responseBytes < 0) {
            throw new ScenarioException(Message.of("sim.error.workload.range"));
        }
        if (!Double.isNaN(dbShare) && !(dbShare >= 0 && dbShare <= 1)) {
            throw new ScenarioException(Message.of("sim.error.workload.dbShare", String.valueOf(dbShare)));
        }
        if (healthStatus < 100 || healthStatus > 599) {
            throw new ScenarioException(Message.of("sim.error.workload.healthStatus", String.valueOf(healthStatus)));
        }
        monitoring = monitoring == null ? Monitoring.AUTO : monitoring;
    }

    /**
     * @param ms mean CPU time per request
     * @return a copy with it
     */
    public Workload withServiceMillis(double ms) {
        return new Workload(ms, serviceSigma, maxWaitSeconds, bootSeconds, clients, requestsPerConnection, dbShare, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param seconds boot time
     * @return a copy with it
     */
    public Workload withBootSeconds(int seconds) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, seconds, clients, requestsPerConnection, dbShare, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param n clients
     * @return a copy with them
     */
    public Workload withClients(int n) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, bootSeconds, n, requestsPerConnection, dbShare, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param n requests per connection
     * @return a copy with it
     */
    public Workload withRequestsPerConnection(int n) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, bootSeconds, clients, n, dbShare, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param share share of requests that query the database
     * @return a copy with it
     */
    public Workload withDbShare(double share) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, bootSeconds, clients, requestsPerConnection, share, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param status what health checks get
     * @return a copy with it
     */
    public Workload withHealthStatus(int status) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, bootSeconds, clients, requestsPerConnection, dbShare, dbQueryMillis,
                dbCpuMillis, status, idleCpuPercent, requestBytes, responseBytes, monitoring);
    }

    /**
     * @param m EC2 monitoring
     * @return a copy with it
     */
    public Workload withMonitoring(Monitoring m) {
        return new Workload(serviceMillis, serviceSigma, maxWaitSeconds, bootSeconds, clients, requestsPerConnection, dbShare, dbQueryMillis,
                dbCpuMillis, healthStatus, idleCpuPercent, requestBytes, responseBytes, m);
    }
}
