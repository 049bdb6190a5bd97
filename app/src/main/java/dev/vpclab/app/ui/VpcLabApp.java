package dev.vpclab.app.ui;

import dev.vpclab.app.cli.ModelLoader;
import dev.vpclab.app.cli.UserInputException;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.session.Autosaver;
import dev.vpclab.app.session.DocumentSession;
import dev.vpclab.app.session.FxDialogService;
import dev.vpclab.app.session.RecentFiles;
import dev.vpclab.app.session.RecoveryStore;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.io.DocumentFormat;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The VPC Lab application: opens a document (or the HA web sample) in the main window, offers to recover what a
 * crashed window left behind, and autosaves unsaved changes every minute.
 */
public final class VpcLabApp extends Application {

    /** How often unsaved changes are copied to the recovery folder. */
    static final Duration AUTOSAVE_EVERY = Duration.minutes(1);

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        I18n i18n = new I18n(options.locale() != null ? options.locale() : Locale.getDefault());
        Themes themes = new Themes(options.dark());
        Document doc;
        Path file = null;
        String name;
        boolean imported = false;
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
            imported = loaded.imported();
            file = imported ? null : options.open().toAbsolutePath();
            Path fileName = options.open().toAbsolutePath().getFileName();
            name = fileName == null ? options.open().toString() : fileName.toString();
        } else {
            doc = Samples.load(options.sample());
            String base = options.sample().endsWith(DocumentFormat.EXTENSION) ? options.sample()
                    : options.sample() + DocumentFormat.EXTENSION;
            name = base;
        }
        ForwardingNotifier notifier = new ForwardingNotifier(i18n);
        EditorModel editor = new EditorModel(doc, i18n, notifier);
        editor.fileProperty().set(file);
        boolean interactive = options.screenshot() == null && !options.printStartupTime();
        RecentFiles recent = new RecentFiles(RecentFiles.defaultNode());
        Autosaver autosaver = new Autosaver(new RecoveryStore(RecoveryStore.defaultFolder()));
        DocumentSession session = new DocumentSession(editor, new FxDialogService(i18n, stage), recent, autosaver);
        if (file == null) {
            session.show(doc, name);
        } else if (interactive) {
            recent.add(file);
        }
        MainWindow window = new MainWindow(editor, session, themes, stage);
        window.setSimulationWorkspace(new dev.vpclab.app.sim.SimulationWorkspace(editor, window.canvas()));
        Scene scene = window.createScene(1600, 1000);
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
        } else {
            MacOpenFiles.install(session);
            Platform.runLater(session::offerRecovery);
            autosaver.start(AUTOSAVE_EVERY, session::autosave);
        }
    }
}
