package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.points;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup.HealthCheckType;
import dev.vpclab.model.resource.ScalingPolicy;
import dev.vpclab.model.resource.ScalingPolicy.AdjustmentType;
import dev.vpclab.model.resource.ScalingPolicy.PolicyType;
import dev.vpclab.model.resource.ScalingPolicy.PredefinedMetric;
import dev.vpclab.model.resource.ScalingPolicy.StepAdjustment;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.sim.alarm.AlarmState;
import dev.vpclab.sim.alarm.AlarmTransition;
import dev.vpclab.sim.metrics.Datapoint;
import dev.vpclab.sim.metrics.MetricKey;
import dev.vpclab.sim.metrics.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auto Scaling under load: target tracking out and back in, simple scaling with its cooldown, step scaling with warm-up. */
class AutoScalingTest {

    private static final MetricKey DESIRED = MetricKey.of(MetricNames.AUTO_SCALING, "GroupDesiredCapacity", MetricNames.AUTO_SCALING_GROUP,
            "asg-web");

    private static TrafficSimulator run(NetworkBuilder b, Scenario sc) {
        TrafficSimulator sim = TrafficSimulator.create(b.document(), sc, 21);
        sim.run();
        return sim;
    }

    private static List<Long> times(TrafficSimulator sim, String key) {
        List<Long> out = new ArrayList<>();
        sim.activities().stream().filter(a -> a.description().key().equals(key)).forEach(a -> out.add(a.time()));
        return out;
    }

    @Test
    void targetTrackingScalesOutUnderARampAndBackInWhenItEnds() {
        ScalingPolicy cpu = new ScalingPolicy("cpu-50", PolicyType.TARGET_TRACKING, PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION, 50, false,
                null, 0, List.of(), 0, 0);
        NetworkBuilder b = SimNetworks.group(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), 2, 2, 12,
                HealthCheckType.ELB, 60, cpu);
        RateProfile ramp = new RateProfile.Table("test", List.of(0L, 600L, 2400L, 2700L, 9000L), List.of(10.0, 120.0, 120.0, 10.0, 10.0));
        TrafficSimulator sim = run(b, Scenario.DEFAULT.withDuration(9000).withRate(10, ramp));

        List<Double> desired = points(sim, DESIRED, Statistic.MAXIMUM, 0, 9000).stream().map(Datapoint::value).toList();
        double peak = desired.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(peak).as("120 req/s × 60 ms needs 7.2 vCPUs, about 7–8 two-vCPU instances at 50 %").isBetween(6.0, 9.0);
        assertThat(desired.get(desired.size() - 1)).isEqualTo(2.0);

        List<Long> out = times(sim, "sim.activity.launch.targetTracking");
        assertThat(out).isNotEmpty().allMatch(t -> t < 2700 + 600);
        List<Long> in = times(sim, "sim.activity.terminate.targetTracking");
        assertThat(in).isNotEmpty();
        assertThat(in.get(0)).as("fifteen one-minute datapoints below the low threshold after the load falls").isGreaterThanOrEqualTo(2400 + 900);
        AlarmTransition low = sim.alarmHistory().stream().filter(t -> t.alarmName().contains("AlarmLow") && t.to() == AlarmState.ALARM)
                .findFirst().orElseThrow();
        assertThat(low.time()).isLessThanOrEqualTo(in.get(0));
        assertThat(low.reason().english()).contains("15 of the last 15");
        for (int i = 1; i < in.size(); i++) {
            assertThat(in.get(i) - in.get(i - 1)).as("the default cooldown between scale-ins").isGreaterThanOrEqualTo(300);
        }
        double cpuLate = points(sim, MetricKey.of(MetricNames.EC2, "CPUUtilization", MetricNames.AUTO_SCALING_GROUP, "asg-web"),
                Statistic.AVERAGE, 1800, 2400).stream().mapToDouble(Datapoint::value).average().orElseThrow();
        assertThat(cpuLate).as("held near the target").isBetween(35.0, 60.0);
    }

    private static NetworkBuilder withAlarm(NetworkBuilder b, double threshold, String action) {
        return b.put(new Alarm("cpu-high", "cpu-high", "AWS/EC2", "CPUUtilization", Map.of("AutoScalingGroupName", "web-asg"), "Average", 60,
                1, 1, threshold, Alarm.Comparison.GREATER_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(action), List.of()));
    }

    @Test
    void simpleScalingWaitsForItsCooldown() {
        ScalingPolicy add = new ScalingPolicy("add-one", PolicyType.SIMPLE, null, 0, false, AdjustmentType.CHANGE_IN_CAPACITY, 1, List.of(),
                300, 0);
        NetworkBuilder b = withAlarm(SimNetworks.group(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), 2, 2, 10,
                HealthCheckType.EC2, 60, add), 60, "asg-web/add-one");
        TrafficSimulator sim = run(b, Scenario.DEFAULT.withDuration(3600).withRate(100, new RateProfile.Constant()));
        List<Long> launches = times(sim, "sim.activity.launch.simple");
        assertThat(launches).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < launches.size(); i++) {
            assertThat(launches.get(i) - launches.get(i - 1)).as("cooldown after the instance is in service").isGreaterThanOrEqualTo(300 + 60);
        }
    }

    @Test
    void stepScalingAddsByBreachSizeAndCountsWarmingInstances() {
        ScalingPolicy steps = new ScalingPolicy("steps", PolicyType.STEP, null, 0, false, AdjustmentType.CHANGE_IN_CAPACITY, 0,
                List.of(new StepAdjustment(0.0, 20.0, 1), new StepAdjustment(20.0, null, 3)), 0, 0);
        NetworkBuilder b = withAlarm(SimNetworks.group(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), 2, 2, 10,
                HealthCheckType.EC2, 60, steps), 50, "asg-web/steps");
        TrafficSimulator sim = run(b, Scenario.DEFAULT.withDuration(1200).withRate(60, new RateProfile.Constant()));
        List<Long> launches = times(sim, "sim.activity.launch.step");
        assertThat(launches).hasSizeGreaterThanOrEqualTo(3);
        assertThat(launches.subList(0, 3)).as("a breach of 20 or more adds three at once").containsOnly(launches.get(0));
        long firstBatch = launches.get(0);
        assertThat(launches.stream().filter(t -> t > firstBatch))
                .as("while the three warm up (boot 60 s + warm-up 60 s) the same breach adds nothing more")
                .allMatch(t -> t >= firstBatch + 120);
    }
}
