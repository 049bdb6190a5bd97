package dev.vpclab.sim;

import static dev.vpclab.sim.LbCounters.BYTES;
import static dev.vpclab.sim.LbCounters.CONNECTION_ERRORS;
import static dev.vpclab.sim.LbCounters.ELB_3XX;
import static dev.vpclab.sim.LbCounters.ELB_4XX;
import static dev.vpclab.sim.LbCounters.ELB_502;
import static dev.vpclab.sim.LbCounters.ELB_503;
import static dev.vpclab.sim.LbCounters.ELB_504;
import static dev.vpclab.sim.LbCounters.ELB_5XX;
import static dev.vpclab.sim.LbCounters.FIXED;
import static dev.vpclab.sim.LbCounters.NEW_CONNECTIONS;
import static dev.vpclab.sim.LbCounters.REDIRECT;
import static dev.vpclab.sim.LbCounters.REQUESTS;
import static dev.vpclab.sim.LbCounters.TARGET_2XX;
import static dev.vpclab.sim.LbCounters.TARGET_5XX;
import static dev.vpclab.sim.LbCounters.TARGET_RESETS;
import static dev.vpclab.sim.LbCounters.UNHEALTHY_ROUTING;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.TargetGroupAttributes.Stickiness;
import java.util.SplittableRandom;

/**
 * The request loop: one simulated second of requests, each from a random client, through the client's node, the
 * listener's decision for its kind of request, a target group and a target (stickiness, the group's algorithm or an
 * NLB's flow hash), and the target's queue and the database — using only the answers {@link PathDecisions} traced,
 * primitive counters and preallocated arrays (no allocation per request). Outcomes as AWS reports them: 502 when
 * the target refuses (booting, saturated), 503 when nothing is registered where the node looks, 504 when the node
 * cannot reach the target or gets no answer in time, a target 5XX when the application cannot reach its database
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html">ALB
 * troubleshooting</a>).
 */
final class RequestEngine {

    private final World w;
    private final SplittableRandom rng;
    private final double mu;
    private final double sigma;
    private final double[] mixCumulative;
    private final ClientCounters client;
    private final int requestBytes;
    private final int responseBytes;

    RequestEngine(World w, SplittableRandom rng) {
        this.w = w;
        this.rng = rng;
        Workload wl = w.workload;
        double mean = wl.serviceMillis() / 1000.0;
        this.sigma = wl.serviceSigma();
        this.mu = Math.log(mean) - sigma * sigma / 2;
        this.mixCumulative = new double[w.scenario.mix().entries().size()];
        double total = 0;
        for (int i = 0; i < mixCumulative.length; i++) {
            total += w.scenario.mix().entries().get(i).weight();
            mixCumulative[i] = total;
        }
        this.client = new ClientCounters(w.destinationLabel);
        this.requestBytes = wl.requestBytes();
        this.responseBytes = wl.responseBytes();
    }

    /**
     * Runs one second.
     *
     * @param t the second
     * @param count how many requests arrive in it
     */
    void runSecond(long t, int count) {
        LoadBalancerModel lb = w.lb;
        if (lb != null) {
            lb.rebuildRouting(t, false);
        }
        for (int i = 0; i < count; i++) {
            double u = (i + 0.5) / count;
            int c = rng.nextInt(w.clients.size);
            client.requests++;
            if (lb == null) {
                direct(t, u, c);
            } else if (lb.alb) {
                alb(lb, t, u, c);
            } else {
                nlb(lb, t, u, c);
            }
        }
        double idle = w.workload.idleCpuPercent();
        double mean = w.workload.serviceMillis() / 1000.0;
        for (int i = 0; i < w.hosts.size(); i++) {
            w.hosts.get(i).endSecond(idle, mean);
        }
        if (w.db != null) {
            w.db.endSecond(idle);
        }
        if (lb != null) {
            lb.counters.flush(w.metrics, t);
        }
        client.flush(w.metrics, t);
    }

    private void alb(LoadBalancerModel lb, long t, double u, int c) {
        ClientPopulation clients = w.clients;
        int node = clients.send(c, lb, w.workload.requestsPerConnection(), t, rng);
        int g = clients.group[c];
        if (node < 0 || !lb.nodeUp[node] || !lb.clientOk[g][node]) {
            timeout(c, node >= 0);
            return;
        }
        if (clients.opened) {
            lb.counters.count(NEW_CONNECTIONS, -1, node);
        }
        lb.counters.add(BYTES, -1, node, requestBytes + responseBytes);
        RouteDecision r = lb.route(g * mixCumulative.length + mix());
        if (r.kind() != RouteDecision.Kind.FORWARD) {
            boolean redirect = r.kind() == RouteDecision.Kind.REDIRECT;
            lb.counters.count(redirect ? REDIRECT : FIXED, -1, node);
            if (redirect) {
                lb.counters.count(ELB_3XX, -1, node);
            } else if (r.status() >= 500) {
                lb.counters.count(ELB_5XX, -1, node);
            } else if (r.status() >= 400) {
                lb.counters.count(ELB_4XX, -1, node);
            }
            answered(r.status() >= 400, 0.001);
            return;
        }
        ForwardModel f = r.forward() < 0 ? null : lb.forwards.get(r.forward());
        TargetGroupModel tg = f != null && f.usable() ? group(f, c, t) : null;
        if (tg == null || tg.empty[node]) {
            elbError(lb, ELB_503, -1, node);
            return;
        }
        int s = sticky(tg, c, t, node);
        if (s < 0) {
            s = tg.pick(node, rng, u);
            Stickiness st = tg.attributes().stickiness();
            if ((st == Stickiness.LB_COOKIE || st == Stickiness.APP_COOKIE) && tg.crossZone) {
                clients.cookieSlot[tg.index][c] = s;
                clients.cookieExpiry[tg.index][c] = t + tg.attributes().stickinessDurationSeconds();
            }
        }
        TargetSlot slot = tg.slots.get(s);
        lb.counters.count(REQUESTS, tg.index, node);
        if (tg.failOpen[node]) {
            lb.counters.count(UNHEALTHY_ROUTING, tg.index, node);
        }
        Host h = slot.host;
        if (!slot.reachable(g, node) || (h.state != Instance.State.RUNNING && h.state != Instance.State.PENDING)) {
            lb.counters.count(CONNECTION_ERRORS, tg.index, node);
            elbError(lb, ELB_504, tg.index, node);
            return;
        }
        double wait = h.waitAt(u);
        if (!h.serving(t) || wait > w.workload.maxWaitSeconds()) {
            elbError(lb, ELB_502, tg.index, node);
            return;
        }
        double latency = serve(h, wait);
        slot.served++;
        if (latency > lb.lb.idleTimeoutSeconds()) {
            elbError(lb, ELB_504, tg.index, node);
            return;
        }
        boolean failed = latency < 0;
        double seconds = Math.abs(latency);
        lb.counters.count(failed ? TARGET_5XX : TARGET_2XX, tg.index, node);
        lb.counters.latency(seconds, tg.index, node);
        answered(failed, seconds);
    }

    private void nlb(LoadBalancerModel lb, long t, double u, int c) {
        ClientPopulation clients = w.clients;
        int node = clients.send(c, lb, w.workload.requestsPerConnection(), t, rng);
        int g = clients.group[c];
        if (node < 0 || !lb.nodeUp[node] || !lb.clientOk[g][node] || lb.forwards.isEmpty()) {
            timeout(c, node >= 0);
            return;
        }
        if (clients.opened) {
            lb.counters.count(NEW_CONNECTIONS, -1, node);
        }
        ForwardModel f = lb.forwards.get(0);
        TargetGroupModel tg = f.usable() ? f.groups[0] : null;
        if (tg == null || tg.empty[node]) {
            timeout(c, true);
            return;
        }
        int s = clients.pinned[c];
        if (s < 0 || s >= tg.routableFlag[node].length || !tg.routableFlag[node][s]) {
            s = -1;
            if (tg.attributes().stickiness() == Stickiness.SOURCE_IP) {
                int key = clients.groups == 1 ? 0 : c;
                int kept = clients.cookieSlot[tg.index][key];
                if (kept >= 0 && kept < tg.routableFlag[node].length && tg.routableFlag[node][kept]
                        && clients.cookieExpiry[tg.index][key] > t) {
                    s = kept;
                }
            }
            if (s < 0) {
                s = tg.pickByHash(node, flowHash(clients.address[c], clients.port[c], lb.nodes[node].primaryIp().bits(), lb.port()));
            }
            clients.pinned[c] = s;
            if (tg.attributes().stickiness() == Stickiness.SOURCE_IP) {
                int key = clients.groups == 1 ? 0 : c;
                clients.cookieSlot[tg.index][key] = s;
                clients.cookieExpiry[tg.index][key] = t + tg.attributes().stickinessDurationSeconds();
            }
            if (tg.failOpen[node]) {
                lb.counters.count(UNHEALTHY_ROUTING, tg.index, node);
            }
        }
        TargetSlot slot = tg.slots.get(s);
        Host h = slot.host;
        lb.counters.traffic = true;
        if (!slot.reachable(g, node) || (h.state != Instance.State.RUNNING && h.state != Instance.State.PENDING)) {
            timeout(c, true);
            return;
        }
        double wait = h.waitAt(u);
        if (!h.serving(t) || wait > w.workload.maxWaitSeconds()) {
            lb.counters.count(TARGET_RESETS, tg.index, node);
            answered(true, 0.001);
            return;
        }
        double latency = serve(h, wait);
        slot.served++;
        lb.counters.add(BYTES, tg.index, node, requestBytes + responseBytes);
        answered(latency < 0, Math.abs(latency));
    }

    private void direct(long t, double u, int c) {
        Host h = w.direct;
        int g = w.clients.group[c];
        w.clients.sendDirect(c, w.workload.requestsPerConnection(), t, rng);
        if (!w.directOk[g] || (h.state != Instance.State.RUNNING && h.state != Instance.State.PENDING)) {
            timeout(c, false);
            return;
        }
        double wait = h.waitAt(u);
        if (!h.serving(t) || wait > w.workload.maxWaitSeconds()) {
            answered(true, 0.001);
            return;
        }
        double latency = serve(h, wait);
        answered(latency < 0, Math.abs(latency));
    }

    /** Serves a request on a host; returns its latency, negated when the database failed it (a target 5XX). */
    private double serve(Host h, double wait) {
        double service = Math.exp(mu + sigma * rng.nextGaussian());
        double latency = wait + service;
        boolean failed = false;
        DatabaseModel db = w.db;
        double share = w.dbShare;
        if (db != null && share > 0 && (share >= 1 || rng.nextDouble() < share)) {
            if (db.accepts(h)) {
                latency += db.queryTime(w.workload.dbQueryMillis());
                db.query(latency, w.workload.dbCpuMillis() / 1000.0);
            } else {
                failed = true;
            }
        }
        h.admit(service, latency);
        h.bytesIn += requestBytes;
        h.bytesOut += responseBytes;
        return failed ? -latency : latency;
    }

    private TargetGroupModel group(ForwardModel f, int c, long t) {
        if (f.stickinessSeconds <= 0 || f.groups.length == 1) {
            return f.pick(rng);
        }
        ClientPopulation clients = w.clients;
        int kept = clients.forwardGroup[f.index][c];
        if (kept >= 0 && clients.forwardExpiry[f.index][c] > t) {
            return f.groups[kept];
        }
        TargetGroupModel tg = f.pick(rng);
        for (int i = 0; i < f.groups.length; i++) {
            if (f.groups[i] == tg) {
                clients.forwardGroup[f.index][c] = i;
            }
        }
        clients.forwardExpiry[f.index][c] = t + f.stickinessSeconds;
        return tg;
    }

    private int sticky(TargetGroupModel tg, int c, long t, int node) {
        Stickiness st = tg.attributes().stickiness();
        if ((st != Stickiness.LB_COOKIE && st != Stickiness.APP_COOKIE) || !tg.crossZone) {
            return -1;
        }
        int s = w.clients.cookieSlot[tg.index][c];
        if (s >= 0 && w.clients.cookieExpiry[tg.index][c] > t && s < tg.routableFlag[node].length && tg.routableFlag[node][s]) {
            return s;
        }
        return -1;
    }

    private int mix() {
        int n = mixCumulative.length;
        if (n == 1) {
            return 0;
        }
        double x = rng.nextDouble() * mixCumulative[n - 1];
        for (int i = 0; i < n - 1; i++) {
            if (x < mixCumulative[i]) {
                return i;
            }
        }
        return n - 1;
    }

    private void elbError(LoadBalancerModel lb, int code, int group, int node) {
        lb.counters.count(code, group, node);
        lb.counters.count(ELB_5XX, group, node);
        answered(true, 0.001);
    }

    private void answered(boolean error, double seconds) {
        if (error) {
            client.errors++;
        } else {
            client.ok(seconds);
        }
    }

    private void timeout(int c, boolean reconnect) {
        client.errors++;
        client.timeouts++;
        if (reconnect) {
            w.clients.forget(c);
        }
    }

    /**
     * A hash of a flow's 5-tuple (TCP), as an NLB node uses to pin a connection to one target.
     *
     * @param source the client's address bits
     * @param sourcePort its port
     * @param destination the node's address bits
     * @param port the listener port
     * @return a non-negative hash
     */
    static int flowHash(int source, int sourcePort, int destination, int port) {
        int h = 6;
        h = h * 31 + source;
        h = h * 31 + sourcePort;
        h = h * 31 + destination;
        h = h * 31 + port;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & 0x7FFF_FFFF;
    }
}
