package dev.vpclab.app.ui;

import dev.vpclab.app.editor.EditorModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The texts around the panels, as bindings: the window title ("ha-web.vpclab • — VPC Lab"), the status bar's
 * file, resource-count, mode, language and zoom texts, and the Edit menu's "Undo Move web-1".
 */
public final class WindowStatus {

    private final EditorModel editor;
    private final ObservableStringValue name;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DESIGN);

    /**
     * @param editor the open document
     * @param name what the document is called (its file name, a sample's name, "Untitled")
     */
    public WindowStatus(EditorModel editor, ObservableStringValue name) {
        this.editor = editor;
        this.name = name;
    }

    private I18n i18n() {
        return editor.i18n();
    }

    /** @return the mode the window is in */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** @return "name — VPC Lab", with " •" after the name while there are unsaved changes */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> i18n().get(editor.dirtyProperty().get() ? "ui.window.titleDirty" : "ui.window.title",
                name.get()), name, editor.dirtyProperty(), i18n().localeProperty());
    }

    /** @return "ha-web.vpclab — saved" or "… — unsaved changes" */
    public StringBinding fileStatus() {
        return Bindings.createStringBinding(() -> i18n().get(editor.dirtyProperty().get() ? "ui.status.unsaved" : "ui.status.saved",
                name.get()), name, editor.dirtyProperty(), i18n().localeProperty());
    }

    /** @return "49 resources" */
    public StringBinding resourceCount() {
        return Bindings.createStringBinding(() -> i18n().get("ui.status.resources", editor.document().size()),
                editor.documentProperty(), i18n().localeProperty());
    }

    /** @return "Design mode" */
    public StringBinding modeText() {
        return Bindings.createStringBinding(() -> i18n().get("ui.status.mode." + mode.get().name().toLowerCase(Locale.ROOT)),
                mode, i18n().localeProperty());
    }

    /** @return "EN" or "한국어" */
    public StringBinding languageText() {
        return Bindings.createStringBinding(() -> i18n().isKorean() ? "\ud55c\uad6d\uc5b4" : "EN", i18n().localeProperty());
    }

    /**
     * @param zoom the canvas zoom factor
     * @return "100 %"
     */
    public StringBinding zoomText(ObservableDoubleValue zoom) {
        return Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + " %", zoom);
    }

    /** @return "Undo Move web-1", or "Undo" when there is nothing to undo */
    public StringBinding undoText() {
        return Bindings.createStringBinding(() -> editor.stack().undoDescription()
                .map(m -> i18n().get("ui.menu.edit.undoWhat", i18n().get(m))).orElse(i18n().get("ui.menu.edit.undo")),
                editor.revisionProperty(), i18n().localeProperty());
    }

    /** @return "Redo Move web-1", or "Redo" when there is nothing to redo */
    public StringBinding redoText() {
        return Bindings.createStringBinding(() -> editor.stack().redoDescription()
                .map(m -> i18n().get("ui.menu.edit.redoWhat", i18n().get(m))).orElse(i18n().get("ui.menu.edit.redo")),
                editor.revisionProperty(), i18n().localeProperty());
    }
}
