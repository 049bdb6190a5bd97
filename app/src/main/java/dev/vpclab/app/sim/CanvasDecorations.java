package dev.vpclab.app.sim;

import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.render.NodeDecoration;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetRegistration.TargetHealth;
import dev.vpclab.sim.GroupStatus;
import dev.vpclab.sim.SimEvent;
import dev.vpclab.sim.alarm.AlarmState;
import dev.vpclab.sim.alarm.AlarmStatus;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a snapshot colours the user's diagram: each instance by its CPU (below 50 % green, 50–75 % orange, above
 * 75 % red) with "82 % CPU", or by its state (launching, unhealthy, draining; stopped, terminated and failed ones
 * greyed); failed zones hatched with the time they failed; failed NAT gateways and database primaries greyed, a
 * promoted standby marked primary; the load balancer with its request rate; alarms in their state; an Auto
 * Scaling group with the number of instances it launched (drawn from the simulator's copy of the network, and
 * coloured like the others).
 */
final class CanvasDecorations {

    static final Colour GREEN = Colour.hex("#2DA44E");
    static final Colour ORANGE = Colour.hex("#E8A317");
    static final Colour RED = Colour.hex("#CF222E");
    static final Colour GREY = Colour.hex("#8C959F");
    static final Colour BLUE = Colour.hex("#2F6FDE");

    private CanvasDecorations() {
    }

    /**
     * @param cpu CPU in percent
     * @return its load colour
     */
    static Colour load(double cpu) {
        return cpu > 75 ? RED : cpu >= 50 ? ORANGE : GREEN;
    }

    /**
     * @param s a loaded snapshot
     * @param i18n the language of the badges
     * @return element key → decoration
     */
    static Map<String, NodeDecoration> of(SimulationSnapshot s, I18n i18n) {
        Map<String, NodeDecoration> out = new HashMap<>();
        if (!s.loaded()) {
            return out;
        }
        Document original = s.original();
        Document now = s.document();
        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        Map<String, Integer> launched = new HashMap<>();
        for (InstanceRow r : s.instances()) {
            if (r.launched() && r.alive() && r.groupId() != null) {
                launched.merge(r.groupId(), 1, Integer::sum);
            }
            // launched ones too: the canvas draws the simulator's copy of the network, which holds them
            out.put(r.id(), instance(r, s.failedZones(), i18n));
        }
        for (String zone : s.failedZones()) {
            NodeDecoration d = new NodeDecoration(null, i18n.get("simmode.badge.azFailed", SimTime.minutes(failedAt(s, zone))),
                    NodeDecoration.State.FAILED);
            for (String vpc : vpcsWith(original, zone)) {
                out.put(Layout.azColumnKey(vpc, zone), d);
            }
        }
        for (NatGateway n : now.all(NatGateway.class)) {
            if (n.state() == LifecycleState.FAILED && original.contains(n.id())) {
                out.put(n.id(), new NodeDecoration(GREY, i18n.get("simmode.badge.failed"), NodeDecoration.State.FAILED));
            }
        }
        for (DbInstance before : original.all(DbInstance.class)) {
            DbInstance d = now.get(before.id(), DbInstance.class);
            if (d == null) {
                continue;
            }
            boolean flipped = d.primarySubnetId() != null && !d.primarySubnetId().equals(before.primarySubnetId());
            if (d.state() == LifecycleState.FAILED || flipped) {
                out.put(before.id(), new NodeDecoration(GREY, i18n.get("simmode.badge.failed"), NodeDecoration.State.FAILED));
            }
            if (flipped) {
                out.put(ElementKeys.standbyKey(before.id()), new NodeDecoration(GREEN, i18n.get("simmode.badge.primary"),
                        NodeDecoration.State.NORMAL));
            }
        }
        for (LoadBalancer lb : original.all(LoadBalancer.class)) {
            if (lb.scheme() == LoadBalancer.Scheme.INTERNET_FACING) {
                out.put(lb.id(), new NodeDecoration(null, i18n.get("simmode.badge.requests", whole.format(Math.round(s.currentRate() * 60))),
                        NodeDecoration.State.NORMAL));
                break;
            }
        }
        for (AlarmStatus a : s.alarms()) {
            if (!a.managed() && original.get(a.alarmId(), Alarm.class) != null) {
                out.put(a.alarmId(), alarm(a.state(), i18n));
            }
        }
        for (GroupStatus g : s.groups()) {
            int n = launched.getOrDefault(g.groupId(), 0);
            out.put(g.groupId(), new NodeDecoration(null, n == 0 ? i18n.get("simmode.badge.desired", g.desiredCapacity())
                    : i18n.get("simmode.badge.desiredNew", g.desiredCapacity(), n), NodeDecoration.State.NORMAL));
        }
        return out;
    }

    private static NodeDecoration instance(InstanceRow r, Set<String> failedZones, I18n i18n) {
        switch (r.state()) {
            case TERMINATED:
            case SHUTTING_DOWN:
                return new NodeDecoration(GREY, i18n.get("simmode.badge.terminated"), NodeDecoration.State.FAILED);
            case STOPPED:
            case STOPPING:
                return new NodeDecoration(GREY, i18n.get(failedZones.contains(r.zone()) ? "simmode.badge.failed" : "simmode.badge.stopped"),
                        NodeDecoration.State.FAILED);
            case PENDING:
                return new NodeDecoration(BLUE, i18n.get("simmode.badge.launching"), NodeDecoration.State.WARNING);
            default:
                break;
        }
        if (r.health() == TargetHealth.UNHEALTHY) {
            return new NodeDecoration(RED, i18n.get("simmode.badge.unhealthy"), NodeDecoration.State.WARNING);
        }
        if (r.health() == TargetHealth.DRAINING) {
            return new NodeDecoration(GREY, i18n.get("simmode.badge.draining"), NodeDecoration.State.WARNING);
        }
        if (Double.isNaN(r.cpuPercent())) {
            return new NodeDecoration(null, null, NodeDecoration.State.NORMAL);
        }
        long cpu = Math.round(r.cpuPercent());
        return new NodeDecoration(load(cpu), i18n.get("simmode.badge.cpu", cpu), NodeDecoration.State.NORMAL);
    }

    private static NodeDecoration alarm(AlarmState state, I18n i18n) {
        switch (state) {
            case ALARM:
                return new NodeDecoration(RED, "ALARM", NodeDecoration.State.WARNING);
            case OK:
                return new NodeDecoration(GREEN, "OK", NodeDecoration.State.NORMAL);
            default:
                return new NodeDecoration(GREY, i18n.get("simmode.badge.noData"), NodeDecoration.State.NORMAL);
        }
    }

    private static long failedAt(SimulationSnapshot s, String zone) {
        long at = 0;
        for (SimEvent e : s.events()) {
            if (e.description().key().equals("sim.event.zoneFailed") && zone.equals(String.valueOf(e.description().args().get(0)))) {
                at = e.time();
            }
        }
        return at;
    }

    private static Set<String> vpcsWith(Document doc, String zone) {
        Set<String> out = new LinkedHashSet<>();
        for (Subnet sub : doc.all(Subnet.class)) {
            if (zone.equals(sub.availabilityZoneId())) {
                out.add(sub.vpcId());
            }
        }
        return out;
    }
}
