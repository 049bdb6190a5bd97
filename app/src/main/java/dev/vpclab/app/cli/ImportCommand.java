package dev.vpclab.app.cli;

import dev.vpclab.model.io.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vpclab import AWS_DIR -o FILE.vpclab}: turns a folder of AWS CLI JSON outputs into a laid-out document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a folder of AWS CLI describe-* JSON outputs (nested folders per account/region allowed) as a .vpclab document.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "AWS_DIR", description = "A folder of AWS CLI JSON outputs.")
    private String dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.vpclab", description = "Where to write the document.")
    private String output;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(Path.of(dir))) {
            throw new UserInputException(dir + " is not a folder: import reads a folder of AWS CLI JSON outputs");
        }
        ModelLoader.Loaded loaded = ModelLoader.load(dir, common.locale());
        ModelLoader.report(loaded, dir, common.verbose(), spec.commandLine().getErr());
        Path target = Path.of(output);
        if (Files.isDirectory(target)) {
            throw new UserInputException(output + " is a folder: give a file name like network.vpclab");
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UserInputException("cannot write " + output + ": the folder " + parent + " does not exist");
            }
            DocumentFormat.write(loaded.document(), target);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Imported " + loaded.document().size() + " resources from " + dir + " into " + output
                + (loaded.warnings().isEmpty() ? "" : " (" + loaded.warnings().size() + " warnings)"));
        return ExitCode.OK;
    }
}
