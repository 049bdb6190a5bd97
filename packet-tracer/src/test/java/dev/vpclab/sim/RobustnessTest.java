package dev.vpclab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample and fixture either simulates — with every fault the document allows, to every load balancer and
 * instance it has — and reports in both formats and languages, or is refused with one sentence.
 */
class RobustnessTest {

    private static Document document(String name) {
        switch (name) {
            case "everyKind": return Fixtures.everyKind();
            case "smallNetwork": return Fixtures.smallNetwork();
            default: return Samples.load(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-web", "two-tier", "web-server", "broken-network", "everyKind", "smallNetwork"})
    void simulatesOrRefusesWithOneSentence(String name) {
        Document doc = document(name);
        List<String> destinations = new ArrayList<>();
        doc.all(LoadBalancer.class).forEach(lb -> destinations.add(lb.id()));
        doc.all(Instance.class).forEach(i -> destinations.add(i.id()));
        List<ScheduledFault> faults = new ArrayList<>();
        long at = 30;
        for (Instance i : doc.all(Instance.class)) {
            faults.add(new ScheduledFault(i.id(), at, FaultAction.STOP));
            faults.add(new ScheduledFault(i.id(), at + 40, FaultAction.RECOVER));
            at += 5;
        }
        for (AvailabilityZone z : doc.all(AvailabilityZone.class)) {
            faults.add(new ScheduledFault(z.id(), 200, FaultAction.FAIL));
            faults.add(new ScheduledFault(z.id(), 260, FaultAction.RECOVER));
        }
        for (DbInstance db : doc.all(DbInstance.class)) {
            faults.add(new ScheduledFault(db.id(), 100, FaultAction.FAIL));
        }
        int ran = 0;
        for (String to : destinations) {
            Scenario sc = Scenario.DEFAULT.withDuration(360).withRate(15, new RateProfile.Constant()).withEndpoints(null, to).withFaults(faults);
            TrafficSimulator sim;
            try {
                sim = TrafficSimulator.create(doc, sc, 5);
            } catch (ScenarioException e) {
                assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
                continue;
            }
            sim.run();
            ran++;
            for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                SimulationReport r = new SimulationReport(sim, l);
                assertThat(r.csv()).startsWith("time,namespace,metric,dimensions,statistic,value\n");
                assertThat(r.json()).startsWith("{").endsWith("}\n").doesNotContain("sim.activity").doesNotContain("sim.event");
            }
        }
        assertThat(ran).as("at least one destination simulates").isPositive();
    }
}
