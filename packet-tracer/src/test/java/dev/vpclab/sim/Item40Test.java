package dev.vpclab.sim;

import static dev.vpclab.sim.SimCheck.alb;
import static dev.vpclab.sim.SimCheck.sum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.testing.NetworkBuilder;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Alarm;
import dev.vpclab.model.resource.AutoScalingGroup.HealthCheckType;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.sim.alarm.AlarmState;
import dev.vpclab.sim.alarm.AlarmTransition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checklist item 40: a Multi-AZ RDS failover takes 60–120 s during which requests that need the database fail; an
 * alarm on DatabaseConnections &lt; 1 (3 of 5) rides out a failover but not a long outage; and an Auto Scaling group
 * replaces instances that fail load balancer health checks only with ELB health checks, after the grace period.
 */
class Item40Test {

    static final String LB = "app/web-alb/web-alb";

    private static NetworkBuilder network(boolean multiAz) {
        return SimNetworks.database(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), multiAz)
                .put(new Alarm("db-low", "db-low", "AWS/RDS", "DatabaseConnections", Map.of("DBInstanceIdentifier", "prod-db"), "Minimum", 60,
                        5, 3, 1, Alarm.Comparison.LESS_THAN_THRESHOLD, Alarm.TreatMissingData.MISSING, List.of(), List.of()));
    }

    private static Scenario failDbAt(long at, long duration) {
        return Scenario.DEFAULT.withDuration(duration).withRate(20, new RateProfile.Constant())
                .withFaults(List.of(new ScheduledFault("prod-db", at, null)));
    }

    private static long failoverSeconds(TrafficSimulator sim) {
        SimEvent started = sim.events().stream().filter(e -> e.description().key().equals("sim.event.dbFailover")).findFirst().orElseThrow();
        return Long.parseLong(String.valueOf(started.description().args().get(1)));
    }

    @Test
    void multiAzFailoverFlipsTheEndpointAfterSixtyToOneHundredTwentySeconds() {
        TrafficSimulator sim = TrafficSimulator.create(network(true).document(), failDbAt(300, 900), 4);
        sim.run();
        long delay = failoverSeconds(sim);
        assertThat(delay).isBetween(60L, 120L);
        SimEvent done = sim.events().stream().filter(e -> e.description().key().equals("sim.event.dbFailoverDone")).findFirst().orElseThrow();
        assertThat(done.time()).isEqualTo(300 + delay);
        DbInstance db = sim.document().get("prod-db", DbInstance.class);
        assertThat(db.primaryAddress()).isEqualTo(Ipv4Address.parse("10.0.22.10"));
        assertThat(db.primarySubnetId()).isEqualTo("subnet-db");

        long outageStart = 300;
        long outageEnd = (300 + delay) / 60 * 60;
        assertThat(sum(sim, alb("HTTPCode_Target_5XX_Count", LB), 0, 300)).isZero();
        assertThat(sum(sim, alb("HTTPCode_Target_5XX_Count", LB), outageStart, outageEnd))
                .isEqualTo(sum(sim, alb("RequestCount", LB), outageStart, outageEnd)).isPositive();
        long after = outageEnd + 120;
        assertThat(sum(sim, alb("HTTPCode_Target_5XX_Count", LB), after, 900)).isZero();
        assertThat(sum(sim, alb("HTTPCode_Target_2XX_Count", LB), after, 900)).isPositive();
        assertThat(sim.alarmHistory()).filteredOn(t -> t.alarmId().equals("db-low")).extracting(AlarmTransition::to)
                .doesNotContain(AlarmState.ALARM);
    }

    @Test
    void theFailoverTimeIsDrawnFromTheSeed() {
        Set<Long> delays = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            TrafficSimulator a = TrafficSimulator.create(network(true).document(), failDbAt(60, 300), seed);
            a.run();
            TrafficSimulator b = TrafficSimulator.create(network(true).document(), failDbAt(60, 300), seed);
            b.run();
            assertThat(failoverSeconds(a)).isEqualTo(failoverSeconds(b)).isBetween(60L, 120L);
            delays.add(failoverSeconds(a));
        }
        assertThat(delays).hasSizeGreaterThan(2);
    }

    @Test
    void aSingleAzDatabaseStaysDownAndTheConnectionsAlarmFires() {
        TrafficSimulator sim = TrafficSimulator.create(network(false).document(), failDbAt(300, 900), 4);
        sim.run();
        assertThat(sim.events()).extracting(e -> e.description().key()).contains("sim.event.dbFailed");
        AlarmTransition alarm = sim.alarmHistory().stream().filter(t -> t.alarmId().equals("db-low") && t.to() == AlarmState.ALARM)
                .findFirst().orElseThrow();
        assertThat(alarm.time()).isBetween(360L + 120, 360L + 240);
        assertThat(alarm.reason().english()).contains("3 of the last 5");
    }

    @Test
    void onlyElbHealthChecksReplaceInstancesThatFailTheLoadBalancersChecks() {
        Scenario badApp = Scenario.DEFAULT.withDuration(600).withRate(10, new RateProfile.Constant())
                .withWorkload(Workload.DEFAULT.withHealthStatus(500));
        NetworkBuilder ec2 = SimNetworks.group(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), 2, 2, 4,
                HealthCheckType.EC2, 120);
        TrafficSimulator kept = TrafficSimulator.create(ec2.document(), badApp, 2);
        kept.run();
        assertThat(kept.activities()).noneMatch(a -> a.description().key().startsWith("sim.activity.terminate"));

        NetworkBuilder elb = SimNetworks.group(SimNetworks.alb(1, 1, "m5.large", TargetGroupAttributes.DEFAULT), 2, 2, 4,
                HealthCheckType.ELB, 120);
        TrafficSimulator replaced = TrafficSimulator.create(elb.document(), badApp, 2);
        replaced.run();
        List<ScalingActivity> terminations = replaced.activities().stream()
                .filter(a -> a.description().key().equals("sim.activity.terminate.unhealthy")).toList();
        assertThat(terminations).isNotEmpty();
        assertThat(terminations.get(0).description().args()).contains("ELB");
        assertThat(replaced.activities()).anyMatch(a -> a.description().key().equals("sim.activity.launch.replace"));
        List<ScalingActivity> newOnes = replaced.activities().stream().filter(a -> a.description().key().equals("sim.activity.ready")).toList();
        assertThat(newOnes).isNotEmpty();
        long firstReady = newOnes.get(0).time();
        assertThat(terminations.stream().filter(t -> t.time() > firstReady))
                .as("a replacement is not replaced again before its grace period ends")
                .allMatch(t -> t.time() >= firstReady + 120);
    }
}
