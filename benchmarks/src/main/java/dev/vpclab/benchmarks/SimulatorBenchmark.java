package dev.vpclab.benchmarks;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.TargetGroupAttributes;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.Scenario;
import dev.vpclab.sim.SimNetworks;
import dev.vpclab.sim.TrafficSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The traffic simulator (issue 5): one simulated hour at 1,000 requests/s (3.6 M requests) through an ALB with 10
 * targets, including the tracer's reachability decisions at start. Target: under 2 s. Simulated requests per
 * wall-clock second = 3.6 M / score. Run: {@code java -jar benchmarks/target/benchmarks.jar SimulatorBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulatorBenchmark {

    private Document document;
    private Scenario scenario;

    /** Builds the network and the scenario. */
    @Setup(Level.Trial)
    public void setUp() {
        document = SimNetworks.alb(5, 5, "m5.2xlarge", TargetGroupAttributes.DEFAULT).document();
        scenario = Scenario.DEFAULT.withDuration(3600).withRate(1000, new RateProfile.Constant());
    }

    /**
     * @return the simulator after one simulated hour
     */
    @Benchmark
    public TrafficSimulator oneHourAt1000RequestsPerSecond() {
        TrafficSimulator sim = TrafficSimulator.create(document, scenario, 42);
        sim.run();
        return sim;
    }
}
