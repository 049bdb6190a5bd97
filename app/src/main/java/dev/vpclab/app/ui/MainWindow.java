package dev.vpclab.app.ui;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window: menu and toolbar, palette, canvas, inspector, bottom tabs and status bar. (Being built.) */
public final class MainWindow {

    private final BorderPane root = new BorderPane();

    /**
     * @param editor the open document
     * @param stage the window
     */
    public MainWindow(EditorModel editor, Stage stage) {
        root.setCenter(new DiagramView(editor));
        stage.titleProperty().bind(editor.i18n().bind("ui.app.title"));
    }

    /** @return the root node */
    public Parent root() {
        return root;
    }
}
