package dev.vpclab.benchmarks;

import dev.vpclab.engine.testing.NetworkGenerator;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.layout.AutoLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening and saving a .vpclab file of a generated diagram (issue 4: open a 2,000-resource file in under 1 s).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FileFormatBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileFormatBenchmark {

    /** Instances in the generated network; 925 instances make about 2,000 resources. */
    @Param({"925"})
    public int instances;

    private Path file;
    private Document document;

    /**
     * Writes the generated, laid-out document to a temporary file.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Document doc = NetworkGenerator.generate(instances, 42);
        document = doc.withLayout(AutoLayout.layout(doc));
        file = Files.createTempFile("vpclab-bench", ".vpclab");
        DocumentFormat.write(document, file);
        System.out.println("\n# " + document.size() + " resources, " + Files.size(file) / 1024 + " KiB");
    }

    /**
     * @throws IOException if the files cannot be removed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(DocumentFormat.backupOf(file));
    }

    /**
     * @return the document read back
     * @throws Exception if reading fails
     */
    @Benchmark
    public Document open() throws Exception {
        return DocumentFormat.load(file);
    }

    /**
     * @throws IOException if writing fails
     */
    @Benchmark
    public void save() throws IOException {
        DocumentFormat.write(document, file);
    }

    /**
     * @return the layout of the whole document
     */
    @Benchmark
    public Object autoLayout() {
        return AutoLayout.layout(document);
    }
}
