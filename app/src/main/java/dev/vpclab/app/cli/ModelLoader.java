package dev.vpclab.app.cli;

import dev.vpclab.model.aws.AwsImportException;
import dev.vpclab.model.aws.AwsImporter;
import dev.vpclab.model.aws.ImportResult;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.io.DocumentReadException;
import dev.vpclab.model.io.ReadResult;
import dev.vpclab.model.layout.AutoLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads MODEL for every subcommand: a {@code .vpclab} file, or a folder of AWS CLI {@code describe-*} JSON
 * outputs (imported and laid out automatically).
 */
public final class ModelLoader {

    private ModelLoader() {
    }

    /**
     * A model and what reading it passed over.
     *
     * @param document the document
     * @param warnings sentences about skipped or guessed input
     * @param imported true if it came from a folder of AWS CLI JSON
     */
    public record Loaded(Document document, List<String> warnings, boolean imported) {
    }

    /**
     * @param model the path as the user typed it
     * @param locale the language of warnings
     * @return the model
     * @throws UserInputException when it cannot be read, with one line saying why
     */
    public static Loaded load(String model, Locale locale) {
        Path path = Path.of(model);
        if (!Files.exists(path)) {
            throw new UserInputException("no such file or folder: " + model
                    + " (give a .vpclab file or a folder of AWS CLI JSON outputs)");
        }
        if (Files.isDirectory(path)) {
            try {
                ImportResult result = AwsImporter.importFolder(path);
                Document doc = result.document();
                if (doc.size() == 0) {
                    throw new UserInputException("no AWS resources found in " + model + ": give a folder of AWS CLI describe-* JSON"
                            + " outputs (Vpcs, Subnets, RouteTables, …) or a .vpclab file"
                            + (result.warnings().isEmpty() ? "" : " (" + result.warnings().get(0).text(locale) + ")"));
                }
                return new Loaded(doc.withLayout(AutoLayout.layout(doc)),
                        result.warnings().stream().map(w -> w.text(locale)).toList(), true);
            } catch (AwsImportException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        if (!Files.isReadable(path)) {
            throw new UserInputException("cannot read " + model + ": permission denied");
        }
        try {
            ReadResult result = DocumentFormat.read(path);
            return new Loaded(result.document(), result.warnings(), false);
        } catch (DocumentReadException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /**
     * Prints reading warnings on stderr: each one when verbose, else a one-line count.
     *
     * @param loaded the model
     * @param model the path as typed
     * @param verbose list every warning
     * @param err standard error
     */
    public static void report(Loaded loaded, String model, boolean verbose, java.io.PrintWriter err) {
        if (loaded.warnings().isEmpty()) {
            return;
        }
        if (verbose) {
            loaded.warnings().forEach(w -> err.println("warning: " + w));
        } else {
            err.println("vpclab: " + loaded.warnings().size() + " warning" + (loaded.warnings().size() == 1 ? "" : "s")
                    + " while reading " + model + " (--verbose lists them)");
        }
    }

}
