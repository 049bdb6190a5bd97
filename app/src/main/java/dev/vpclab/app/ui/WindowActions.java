package dev.vpclab.app.ui;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.session.DocumentSession;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * What the menus, the toolbar and the shortcuts do, in one place. Edit shortcuts typed while a text field has
 * the focus act on the field's text, not on the diagram.
 */
public final class WindowActions {

    private final EditorModel editor;
    private final DocumentSession session;
    private final DiagramView canvas;
    private final Themes themes;
    private Scene scene;
    private Runnable find = () -> { };
    private Runnable afterQuit = Platform::exit;
    private java.util.function.Predicate<Node> panelFocus = n -> false;

    /**
     * @param editor the open document
     * @param session the file commands
     * @param canvas the canvas
     * @param themes light and dark
     */
    public WindowActions(EditorModel editor, DocumentSession session, DiagramView canvas, Themes themes) {
        this.editor = editor;
        this.session = session;
        this.canvas = canvas;
        this.themes = themes;
    }

    void attach(Scene s, Runnable findAction, java.util.function.Predicate<Node> inPanel) {
        this.scene = s;
        this.find = findAction;
        this.panelFocus = inPanel;
    }

    /** @return true when the focus is in a side panel (a rule table): diagram edits then leave the diagram alone */
    private boolean focusInPanel() {
        Node n = scene == null ? null : scene.getFocusOwner();
        return n != null && panelFocus.test(n);
    }

    /** @param action what happens once the user agreed to quit (tests replace Platform.exit) */
    public void setAfterQuit(Runnable action) {
        this.afterQuit = action;
    }

    /** @return the file commands */
    public DocumentSession session() {
        return session;
    }

    /** @return the canvas */
    public DiagramView canvas() {
        return canvas;
    }

    /** @return the themes */
    public Themes themes() {
        return themes;
    }

    /** @return the open document */
    public EditorModel editor() {
        return editor;
    }

    private TextInputControl textFocus() {
        Node n = scene == null ? null : scene.getFocusOwner();
        return n instanceof TextInputControl t ? t : null;
    }

    /** File ▸ Quit: the unsaved-changes guard, then the app ends. */
    public void quit() {
        if (session.close()) {
            session.autosaver().shutdown();
            afterQuit.run();
        }
    }

    /** Edit ▸ Undo. */
    public void undo() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.undo();
        } else {
            editor.undo();
        }
    }

    /** Edit ▸ Redo. */
    public void redo() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.redo();
        } else {
            editor.redo();
        }
    }

    /** Edit ▸ Cut. */
    public void cut() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.cut();
        } else if (!focusInPanel()) {
            canvas.copySelection();
            canvas.deleteSelection();
        }
    }

    /** Edit ▸ Copy. */
    public void copy() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.copy();
        } else if (!focusInPanel()) {
            canvas.copySelection();
        }
    }

    /** Edit ▸ Paste. */
    public void paste() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.paste();
        } else if (!focusInPanel()) {
            canvas.paste();
        }
    }

    /** Edit ▸ Duplicate. */
    public void duplicate() {
        if (textFocus() == null && !focusInPanel()) {
            canvas.duplicateSelection();
        }
    }

    /** Edit ▸ Delete. */
    public void delete() {
        TextInputControl t = textFocus();
        if (t != null) {
            if (t.getSelection().getLength() > 0) {
                t.replaceSelection("");
            } else {
                t.deleteNextChar();
            }
        } else if (!focusInPanel()) {
            canvas.deleteSelection();
        }
    }

    /** Edit ▸ Select all. */
    public void selectAll() {
        TextInputControl t = textFocus();
        if (t != null) {
            t.selectAll();
        } else if (!focusInPanel()) {
            canvas.selectAll();
        }
    }

    /** Edit ▸ Find… */
    public void find() {
        find.run();
    }

    /** View ▸ Zoom in. */
    public void zoomIn() {
        canvas.zoomIn();
    }

    /** View ▸ Zoom out. */
    public void zoomOut() {
        canvas.zoomOut();
    }

    /** View ▸ Fit. */
    public void fit() {
        canvas.zoomToFit();
    }

    /** @param locale the new UI language; the whole window follows at once */
    public void setLanguage(Locale locale) {
        editor.i18n().localeProperty().set(I18n.normalise(locale));
    }

    /** @param dark the dark theme */
    public void setDark(boolean dark) {
        themes.darkProperty().set(dark);
    }

    /** @param file a recent file to open */
    public void openRecent(Path file) {
        session.open(file);
    }
}
