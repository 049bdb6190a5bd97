package dev.vpclab.app.ui;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.session.Autosaver;
import dev.vpclab.app.session.DirectExecutor;
import dev.vpclab.app.session.DocumentSession;
import dev.vpclab.app.session.RecentFiles;
import dev.vpclab.app.session.RecordingDialogs;
import dev.vpclab.app.session.RecoveryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** A main window over a sample for UI tests: scripted dialogs, preferences and recovery in throwaway places. */
public final class WindowFixture {

    /** The open document. */
    public final EditorModel editor;
    /** The scripted dialogs. */
    public final RecordingDialogs dialogs = new RecordingDialogs();
    /** The file commands. */
    public final DocumentSession session;
    /** The window. */
    public final MainWindow window;
    /** A folder of its own. */
    public final Path dir;
    private final Preferences prefs;

    /**
     * @param stage the stage to show it on
     * @param sample the sample to open
     * @param locale the language
     * @param dark the dark theme
     * @param width the window's width
     * @param height the window's height
     * @throws IOException if the temporary folder cannot be made
     */
    public WindowFixture(Stage stage, String sample, Locale locale, boolean dark, double width, double height) throws IOException {
        dir = Files.createTempDirectory("vpclab-ui");
        prefs = Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());
        I18n i18n = new I18n(locale);
        editor = new EditorModel(Samples.load(sample), i18n, new ForwardingNotifier(i18n));
        session = new DocumentSession(editor, dialogs, new RecentFiles(prefs),
                new Autosaver(new RecoveryStore(dir.resolve("recovery")), new DirectExecutor()));
        session.show(editor.document(), sample + ".vpclab");
        window = new MainWindow(editor, session, new Themes(dark), stage);
        window.setSimulationWorkspace(new dev.vpclab.app.sim.SimulationWorkspace(editor, window.canvas()));
        window.actions().setAfterQuit(stage::close);
        stage.setScene(window.createScene(width, height));
        stage.show();
    }

    /** Forgets the preferences node. */
    public void dispose() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException e) {
            // test preferences only
        }
    }
}
