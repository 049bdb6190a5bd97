package dev.vpclab.benchmarks;

import dev.vpclab.app.canvas.FrameRenderer;
import dev.vpclab.app.canvas.FxToolkit;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.engine.testing.NetworkGenerator;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.layout.AutoLayout;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of a generated 2,000-resource diagram on a 1600 × 1000 canvas, headless (Monocle, software pipeline),
 * drawn and read back (issue 4: under 16 ms median). The zoom parameter covers the levels of detail.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar RenderBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {

    /** Zoom of the viewport: 1.0 shows detail, 0.3 and below drop text and icons. */
    @Param({"1.0", "0.5", "0.3"})
    public double zoom;

    private RenderModel model;
    private FrameRenderer renderer;
    private Viewport viewport;
    private RenderOptions options;

    /**
     * Starts the toolkit, generates about 2,000 resources, lays them out and builds the render model once.
     *
     * @throws Exception if the toolkit cannot start
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        FxToolkit.startHeadless();
        Document generated = NetworkGenerator.generate(925, 42);
        Document doc = generated.withLayout(AutoLayout.layout(generated));
        System.out.println("\n# " + doc.size() + " resources");
        model = FxToolkit.call(() -> FrameRenderer.model(doc, Locale.ENGLISH));
        renderer = FxToolkit.call(() -> new FrameRenderer(1600, 1000));
        Bounds all = null;
        for (String key : doc.layout().keys()) {
            Bounds b = doc.layout().get(key);
            all = all == null ? b : all.union(b);
        }
        double cx = all.x() + all.width() / 2;
        double cy = all.y() + all.height() / 2;
        viewport = new Viewport(0, 0, zoom, 1600, 1000).centredOn(cx, cy);
        options = RenderOptions.defaults(false);
    }

    /** Stops the toolkit. */
    @TearDown(Level.Trial)
    public void tearDown() {
        FxToolkit.stop();
    }

    /**
     * @return the frame's pixels
     * @throws Exception if drawing fails
     */
    @Benchmark
    public WritableImage frame() throws Exception {
        return FxToolkit.call(() -> renderer.render(model, viewport, options));
    }
}
