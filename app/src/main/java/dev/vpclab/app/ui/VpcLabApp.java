package dev.vpclab.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.vpclab.app.cli.ModelLoader;
import dev.vpclab.app.cli.UserInputException;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Document;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The VPC Lab application: opens a document (or the HA web sample) in the main window. */
public final class VpcLabApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        I18n i18n = new I18n(options.locale() != null ? options.locale() : Locale.getDefault());
        Application.setUserAgentStylesheet(options.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Document doc;
        Path file = null;
        if (options.open() != null) {
            ModelLoader.Loaded loaded;
            try {
                loaded = ModelLoader.load(options.open().toString(), i18n.locale());
            } catch (UserInputException e) {
                System.err.println("vpclab: " + e.getMessage());
                Platform.exit();
                return;
            }
            doc = loaded.document();
            file = loaded.imported() ? null : options.open();
        } else {
            doc = Samples.load(options.sample());
        }
        Notifier notifier = (level, message) -> System.err.println(level + ": " + message.format(i18n.locale()));
        EditorModel editor = new EditorModel(doc, i18n, notifier);
        editor.fileProperty().set(file);
        MainWindow window = new MainWindow(editor, stage);
        Scene scene = new Scene(window.root(), 1600, 1000);
        stage.setScene(scene);
        stage.show();
        if (options.screenshot() != null) {
            Screenshots.afterFirstFrames(scene, options.screenshot(), ok -> {
                Platform.exit();
                System.exit(ok ? 0 : 2);
            });
        } else if (options.printStartupTime()) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + ms);
                    Platform.exit();
                }
            }.start();
        }
    }
}
