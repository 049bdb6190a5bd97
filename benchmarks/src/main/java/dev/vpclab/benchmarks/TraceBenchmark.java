package dev.vpclab.benchmarks;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.testing.NetworkGenerator;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on generated networks of 100, 1,000 and 10,000 instances (issue 3): compiling a document into a
 * Network, one full trace (forward and return, with steps, sentences and fix), and verdict-only traces.
 * Targets: full trace under 10 µs median and compile under 200 ms at 1,000 instances.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar TraceBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TraceBenchmark {

    /** How many instances the generated network has. */
    @Param({"100", "1000", "10000"})
    public int instances;

    private Document document;
    private Tracer tracer;
    private TraceRequest[] requests;
    private int next;

    /** Generates the network and a fixed set of requests between random instances (and from the internet). */
    @Setup(Level.Trial)
    public void setUp() {
        document = NetworkGenerator.generate(instances, 42);
        Network network = NetworkCompiler.compile(document);
        tracer = new Tracer(network);
        List<Instance> all = document.all(Instance.class);
        Random random = new Random(7);
        requests = new TraceRequest[256];
        int[] ports = {22, 80, 443, 5432, 8080};
        for (int i = 0; i < requests.length; i++) {
            String from = all.get(random.nextInt(all.size())).id();
            String to = i % 8 == 0 ? "8.8.8.8" : all.get(random.nextInt(all.size())).id();
            while (from.equals(to)) {
                to = all.get(random.nextInt(all.size())).id();
            }
            requests[i] = TraceRequest.tcp(Endpoints.resolve(network, from), Endpoints.resolve(network, to), ports[i % ports.length]);
        }
    }

    /**
     * @return the compiled network
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Network compile() {
        return NetworkCompiler.compile(document);
    }

    /**
     * One full trace with explanations; the sample-time mode reports the median (p0.50).
     *
     * @param bh sink for the sentences, so that building them is not optimised away
     * @return the trace
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trace fullTrace(Blackhole bh) {
        Trace t = tracer.trace(requests[next++ & 255]);
        t.forward().forEach(h -> h.steps().forEach(s -> bh.consume(s.sentence())));
        bh.consume(t.explanation());
        return t;
    }

    /**
     * @return the verdict of one trace
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean verdictOnly() {
        return tracer.reachable(requests[next++ & 255]);
    }
}
