package dev.vpclab.app.sim;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.SimEvent;
import dev.vpclab.sim.TargetStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of a snapshot that the simulator does not hand out ready-made: instance rows and failed zones. */
final class SnapshotParts {

    private SnapshotParts() {
    }

    /**
     * @param original the user's diagram
     * @param now the network now
     * @param targets the load balancer's registrations
     * @param order instance ids in the order they were first seen (updated: new ones are appended)
     * @return one row per instance, the diagram's first, then launched ones in launch order
     */
    static List<InstanceRow> instances(Document original, Document now, List<TargetStatus> targets, Set<String> order) {
        Map<String, TargetStatus> worst = new HashMap<>();
        for (TargetStatus t : targets) {
            TargetStatus w = worst.get(t.targetId());
            if (w == null || rank(t.state()) > rank(w.state())) {
                worst.put(t.targetId(), t);
            }
        }
        Map<String, InstanceRow> rows = new LinkedHashMap<>();
        for (Instance i : now.all(Instance.class)) {
            Subnet s = now.get(i.subnetId(), Subnet.class);
            TargetStatus t = worst.get(i.id());
            rows.put(i.id(), new InstanceRow(i.id(), i.name(), i.autoScalingGroupId(), s == null ? null : s.availabilityZoneId(), i.state(),
                    t == null ? null : t.state(), t == null ? Double.NaN : t.cpuPercent(), original.get(i.id(), Instance.class) == null));
        }
        for (InstanceRow r : rows.values()) {
            if (!r.launched()) {
                order.add(r.id());
            }
        }
        order.addAll(rows.keySet());
        List<InstanceRow> out = new ArrayList<>();
        for (String id : order) {
            InstanceRow r = rows.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** How worrying a target's health is: an instance shows its worst registration. */
    private static int rank(TargetHealth h) {
        switch (h) {
            case UNHEALTHY: return 5;
            case DRAINING: return 4;
            case INITIAL: return 3;
            case UNAVAILABLE: return 2;
            case UNUSED: return 1;
            default: return 0;
        }
    }

    /**
     * @param events the run's events, in time order
     * @return the zones whose last zone event is a failure
     */
    static Set<String> failedZones(List<SimEvent> events) {
        Set<String> out = new LinkedHashSet<>();
        for (SimEvent e : events) {
            Message m = e.description();
            if (m.key().equals("sim.event.zoneFailed")) {
                out.add(String.valueOf(m.args().get(0)));
            } else if (m.key().equals("sim.event.zoneRecovered")) {
                out.remove(String.valueOf(m.args().get(0)));
            }
        }
        return out;
    }
}
