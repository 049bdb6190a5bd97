package dev.vpclab.app.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways requests travel through the drawn diagram now: from the internet user through the internet gateway and
 * the internet-facing load balancer to each healthy target the canvas draws (the simulator's copy of the network,
 * so instances Auto Scaling launched get their share). The canvas animates a packet along one of them after another.
 */
final class FlowPaths {

    private FlowPaths() {
    }

    /**
     * @param s a snapshot
     * @return element keys from the client to a target, one list per healthy drawn target, or none when nothing flows
     */
    static List<List<String>> of(SimulationSnapshot s) {
        List<List<String>> out = new ArrayList<>();
        Document doc = s.original();
        if (!s.loaded() || s.currentRate() <= 0) {
            return out;
        }
        LoadBalancer lb = null;
        for (LoadBalancer l : doc.all(LoadBalancer.class)) {
            if (l.scheme() == LoadBalancer.Scheme.INTERNET_FACING) {
                lb = l;
                break;
            }
        }
        if (lb == null) {
            return out;
        }
        List<String> head = new ArrayList<>();
        List<InternetClient> clients = doc.all(InternetClient.class);
        if (!clients.isEmpty()) {
            head.add(clients.get(0).id());
        }
        for (InternetGateway igw : doc.all(InternetGateway.class)) {
            if (lb.vpcId().equals(igw.vpcId())) {
                head.add(igw.id());
                break;
            }
        }
        head.add(lb.id());
        for (InstanceRow r : s.instances()) {
            boolean drawn = s.document() != null ? s.document().contains(r.id()) : doc.contains(r.id());
            if (drawn && r.state() == Instance.State.RUNNING && r.health() == TargetHealth.HEALTHY) {
                List<String> path = new ArrayList<>(head);
                path.add(r.id());
                out.add(List.copyOf(path));
            }
        }
        return out;
    }
}
