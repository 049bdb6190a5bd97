package dev.vpclab.sim;

import dev.vpclab.model.resource.Instance;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.MetricStore;

/**
 * The metrics AWS publishes once a minute (or every five with EC2 basic monitoring): EC2 CPUUtilization,
 * NetworkIn/Out and StatusCheckFailed per instance and per Auto Scaling group (instances still warming up left
 * out, as target tracking does), RDS CPUUtilization and DatabaseConnections, the Auto Scaling group metrics, and
 * the load balancer's ActiveConnectionCount (ALB) or ActiveFlowCount (NLB). A stopped instance publishes nothing,
 * so its metrics go missing
 * (<a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html">EC2 monitoring</a>,
 * <a href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html">group metrics</a>).
 */
final class MinutePublisher {

    private final World w;

    MinutePublisher(World w) {
        this.w = w;
    }

    /**
     * Publishes the minute that ends at {@code now}.
     *
     * @param now a minute boundary
     */
    void publish(long now) {
        long t = now - 60;
        MetricStore m = w.metrics;
        for (Host h : w.hosts) {
            if (h.instanceId == null) {
                continue;
            }
            boolean reported = h.cpuSamples > 0;
            int resolution = h.detailedMonitoring ? 60 : 300;
            if (reported) {
                double cpu = h.cpuMinute / h.cpuSamples;
                m.series(MetricKey.of(MetricNames.EC2, "CPUUtilization", MetricNames.INSTANCE_ID, h.instanceId), resolution).add(t, cpu);
                m.series(MetricKey.of(MetricNames.EC2, "NetworkIn", MetricNames.INSTANCE_ID, h.instanceId), resolution).add(t, h.bytesIn);
                m.series(MetricKey.of(MetricNames.EC2, "NetworkOut", MetricNames.INSTANCE_ID, h.instanceId), resolution).add(t, h.bytesOut);
                AutoScalingGroupModel g = group(h);
                if (g != null && h.inService && !g.warming(h, now)) {
                    m.series(MetricKey.of(MetricNames.EC2, "CPUUtilization", MetricNames.AUTO_SCALING_GROUP, g.id()), resolution).add(t, cpu);
                    m.series(MetricKey.of(MetricNames.EC2, "NetworkIn", MetricNames.AUTO_SCALING_GROUP, g.id()), resolution).add(t, h.bytesIn);
                    m.series(MetricKey.of(MetricNames.EC2, "NetworkOut", MetricNames.AUTO_SCALING_GROUP, g.id()), resolution).add(t, h.bytesOut);
                }
            }
            if (h.state == Instance.State.RUNNING) {
                m.series(MetricKey.of(MetricNames.EC2, "StatusCheckFailed", MetricNames.INSTANCE_ID, h.instanceId), 60).add(t, 0);
            }
            h.cpuMinute = 0;
            h.cpuSamples = 0;
            h.bytesIn = 0;
            h.bytesOut = 0;
        }
        DatabaseModel db = w.db;
        if (db != null && db.samples > 0) {
            m.series(MetricKey.of(MetricNames.RDS, "CPUUtilization", MetricNames.DB_INSTANCE, db.id()), 60).add(t, db.cpuMinute / db.samples);
            m.series(MetricKey.of(MetricNames.RDS, "DatabaseConnections", MetricNames.DB_INSTANCE, db.id()), 60)
                    .add(t, db.connectionsMinute / db.samples);
            db.cpuMinute = 0;
            db.connectionsMinute = 0;
            db.samples = 0;
        }
        for (AutoScalingGroupModel g : w.groups) {
            int inService = 0;
            int pending = 0;
            int terminating = 0;
            int total = 0;
            for (Host h : g.instances) {
                if (!h.alive()) {
                    continue;
                }
                total++;
                if (h.terminating) {
                    terminating++;
                } else if (h.inService) {
                    inService++;
                } else {
                    pending++;
                }
            }
            group(m, g, "GroupDesiredCapacity", t, g.desired);
            group(m, g, "GroupMinSize", t, g.group.minSize());
            group(m, g, "GroupMaxSize", t, g.group.maxSize());
            group(m, g, "GroupInServiceInstances", t, inService);
            group(m, g, "GroupPendingInstances", t, pending);
            group(m, g, "GroupTerminatingInstances", t, terminating);
            group(m, g, "GroupTotalInstances", t, total);
        }
        LoadBalancerModel lb = w.lb;
        if (lb != null) {
            int active = w.clients.active(now - 1, -1);
            if (active > 0) {
                String name = lb.alb ? "ActiveConnectionCount" : "ActiveFlowCount";
                m.series(MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension), 60).add(t, active);
                for (int n = 0; n < lb.nodes.length; n++) {
                    int a = w.clients.active(now - 1, n);
                    if (a > 0) {
                        m.series(MetricKey.of(lb.namespace, name, MetricNames.LOAD_BALANCER, lb.dimension, MetricNames.AVAILABILITY_ZONE,
                                lb.zoneName(n)), 60).add(t, a);
                    }
                }
            }
        }
    }

    private static void group(MetricStore m, AutoScalingGroupModel g, String name, long t, double value) {
        m.series(MetricKey.of(MetricNames.AUTO_SCALING, name, MetricNames.AUTO_SCALING_GROUP, g.id()), 60).add(t, value);
    }

    private AutoScalingGroupModel group(Host h) {
        if (h.groupId == null) {
            return null;
        }
        for (AutoScalingGroupModel g : w.groups) {
            if (g.id().equals(h.groupId)) {
                return g;
            }
        }
        return null;
    }
}
