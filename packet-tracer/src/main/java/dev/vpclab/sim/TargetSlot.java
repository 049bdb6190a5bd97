package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;

/**
 * One registration of a host with a target group: its health state and the counters of the health checks that
 * drive it, its draining deadline and slow-start ramp, and whether each load balancer node can reach it.
 */
final class TargetSlot {

    final int index;
    final TargetGroupModel group;
    final Host host;
    final Ipv4Address address;
    final int port;
    final int healthPort;
    final int zone;
    TargetHealth state;
    Message reason;
    boolean registered = true;
    int passes;
    int fails;
    long nextCheck;
    long drainUntil;
    long healthySince = -1;
    long slowStartUntil;
    long served;
    boolean[] trafficOk = new boolean[0];
    boolean[] healthOk = new boolean[0];
    boolean[][] preservedOk;

    TargetSlot(int index, TargetGroupModel group, Host host, Ipv4Address address, int port, int healthPort, int zone, TargetHealth state) {
        this.index = index;
        this.group = group;
        this.host = host;
        this.address = address;
        this.port = port;
        this.healthPort = healthPort;
        this.zone = zone;
        this.state = state;
    }

    /** @return true while it takes part in routing decisions (not draining, not unused) */
    boolean candidate() {
        return registered && state != TargetHealth.DRAINING && state != TargetHealth.UNUSED;
    }

    /**
     * @param clientGroup the client's address group
     * @param node the load balancer node
     * @return true if the request and its reply pass between the node and this target
     */
    boolean reachable(int clientGroup, int node) {
        if (preservedOk != null) {
            return preservedOk[clientGroup][node];
        }
        return node < trafficOk.length && trafficOk[node];
    }
}
