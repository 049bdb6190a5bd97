package dev.vpclab.sim;

import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.sim.alarm.AlarmMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets up the Auto Scaling groups (with the managed alarms of their target-tracking policies) and the document's
 * alarms, whose dimension values may name resources by id or Name and are turned into the form the metrics carry
 * ("app/name/id" for a load balancer, a group's id, an instance's id).
 */
final class ScalingSetup {

    private ScalingSetup() {
    }

    static void groups(World w) {
        for (AutoScalingGroup g : w.doc.all(AutoScalingGroup.class)) {
            List<Subnet> subnets = new ArrayList<>();
            for (String id : g.subnetIds()) {
                Subnet s = w.doc.get(id, Subnet.class);
                if (s != null) {
                    subnets.add(s);
                }
            }
            if (subnets.isEmpty()) {
                w.note("sim.note.groupWithoutSubnets", g.label());
            }
            AutoScalingGroupModel m = new AutoScalingGroupModel(g, subnets, w.workload.monitoring() != Workload.Monitoring.BASIC);
            for (Host h : w.hosts) {
                if (g.id().equals(h.groupId)) {
                    m.instances.add(h);
                }
            }
            for (ScalingPolicy p : g.policies()) {
                if (p.type() == ScalingPolicy.PolicyType.TARGET_TRACKING) {
                    String tgDimension = null;
                    if (!g.targetGroupIds().isEmpty()) {
                        TargetGroup tg = w.doc.get(g.targetGroupIds().get(0), TargetGroup.class);
                        tgDimension = tg == null ? null : MetricNames.dimension(tg);
                    }
                    m.targetTracking.add(new TargetTrackingPolicy(m, p, tgDimension));
                }
            }
            w.groups.add(m);
        }
    }

    static void alarms(World w) {
        for (Alarm a : w.doc.all(Alarm.class)) {
            try {
                w.alarms.add(new AlarmMonitor(a, normalise(w, a.dimensions())));
            } catch (IllegalArgumentException e) {
                w.note("sim.note.alarmSkipped", a.label(), e.getMessage());
            }
        }
    }

    private static Map<String, String> normalise(World w, Map<String, String> dims) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : dims.entrySet()) {
            out.put(e.getKey(), value(w, e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String value(World w, String name, String v) {
        switch (name) {
            case MetricNames.LOAD_BALANCER:
                for (var lb : w.doc.all(dev.vpclab.model.resource.LoadBalancer.class)) {
                    if (lb.id().equals(v) || lb.name().equals(v) || MetricNames.dimension(lb).equals(v)) {
                        return MetricNames.dimension(lb);
                    }
                }
                return v;
            case MetricNames.TARGET_GROUP:
                for (TargetGroup tg : w.doc.all(TargetGroup.class)) {
                    if (tg.id().equals(v) || tg.name().equals(v) || MetricNames.dimension(tg).equals(v)) {
                        return MetricNames.dimension(tg);
                    }
                }
                return v;
            case MetricNames.AUTO_SCALING_GROUP:
                for (AutoScalingGroup g : w.doc.all(AutoScalingGroup.class)) {
                    if (g.id().equals(v) || g.name().equals(v)) {
                        return g.id();
                    }
                }
                return v;
            case MetricNames.INSTANCE_ID:
                for (Instance i : w.doc.all(Instance.class)) {
                    if (i.id().equals(v) || i.name().equals(v)) {
                        return i.id();
                    }
                }
                return v;
            case MetricNames.DB_INSTANCE:
                for (DbInstance d : w.doc.all(DbInstance.class)) {
                    if (d.id().equals(v) || d.name().equals(v)) {
                        return d.id();
                    }
                }
                return v;
            default:
                return v;
        }
    }
}
