package dev.vpclab.app.cli;

import dev.vpclab.app.canvas.DiagramExporter;
import dev.vpclab.app.canvas.ExportOptions;
import dev.vpclab.app.canvas.FxToolkit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vpclab render MODEL -o FILE.png|.svg}: draws the whole diagram as the app does, with no window and no
 * display (PNG through JavaFX's headless Monocle platform and software renderer; SVG without JavaFX).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a model as an AWS architecture diagram: a PNG or SVG picture of the whole diagram.",
                "Needs no display. Exit status: 0 written, 2 bad input."})
public final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "A .vpclab file or a folder of AWS CLI JSON outputs.")
    private String model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.png|FILE.svg",
            description = "Where to write the picture; the extension picks the format.")
    private String output;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "Pixels per diagram unit, 0.1 to 8 (default 1).")
    private double scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Colours (default light).")
    private String theme;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String format = format(output);
        if (!(scale >= 0.1 && scale <= 8)) {
            throw new UserInputException("--scale " + scale + " is out of range: use a number from 0.1 to 8");
        }
        String t = theme.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("light") && !t.equals("dark")) {
            throw new UserInputException("--theme takes light or dark, not '" + theme + "'");
        }
        Path target = Path.of(output);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserInputException("cannot write " + output + ": the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException(output + " is a folder: give a file name like diagram." + format);
        }
        ModelLoader.Loaded loaded = ModelLoader.load(model, common.locale());
        ModelLoader.report(loaded, model, common.verbose(), spec.commandLine().getErr());
        ExportOptions options = ExportOptions.defaults().withScale(scale).withDark(t.equals("dark")).withLocale(common.locale());
        DiagramExporter.Picture picture;
        try {
            if (format.equals("svg")) {
                picture = DiagramExporter.exportSvg(loaded.document(), target, options);
            } else {
                // the toolkit stays up: the process ends with the command (and in-process callers may use it again)
                FxToolkit.startHeadless();
                picture = DiagramExporter.exportPng(loaded.document(), target, options);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Rendered " + loaded.document().size() + " resources to " + output + " ("
                + picture.width() + " \u00d7 " + picture.height() + (format.equals("svg") ? ")" : " px)"));
        return ExitCode.OK;
    }

    private static String format(String file) {
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals("png") && !ext.equals("svg")) {
            throw new UserInputException("cannot write '" + file + "': the extension picks the picture format; use .png or .svg");
        }
        return ext;
    }
}
