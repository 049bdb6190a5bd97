package dev.vpclab.benchmarks;

import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.engine.testing.NetworkGenerator;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.layout.AutoLayout;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.validation.Problem;
import dev.vpclab.model.validation.Validator;
import java.util.List;
import java.util.Locale;
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
 * What every edit costs on the FX thread besides drawing, on the same generated 2,000-resource diagram as
 * {@link RenderBenchmark}: building the canvas's render model (items, derived connectors and their routes) and
 * validating the document. Run: {@code java -jar benchmarks/target/benchmarks.jar EditCostBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditCostBenchmark {

    private Document doc;
    private Instance instance;
    private int edits;

    /** Generates and lays out the diagram. */
    @Setup(Level.Trial)
    public void setUp() {
        Document generated = NetworkGenerator.generate(925, 42);
        doc = generated.withLayout(AutoLayout.layout(generated));
        instance = doc.all(Instance.class).get(0);
        System.out.println("\n# " + doc.size() + " resources");
    }

    /** One edit: a rename, which makes a new document (documents cache their indexes, so each run starts cold). */
    private Document edited() {
        return doc.with(new Instance(instance.id(), "web-" + (edits++), instance.subnetId(), instance.instanceType(),
                instance.state(), instance.imageId(), instance.autoScalingGroupId()));
    }

    /** @return the render model of the whole diagram after an edit */
    @Benchmark
    public RenderModel renderModel() {
        return RenderModelBuilder.build(edited(), Locale.ENGLISH);
    }

    /** @return the document's problems after an edit */
    @Benchmark
    public List<Problem> validate() {
        return Validator.validate(edited());
    }
}
