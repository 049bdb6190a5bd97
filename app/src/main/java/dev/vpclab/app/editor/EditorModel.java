package dev.vpclab.app.editor;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CommandException;
import dev.vpclab.model.command.CommandStack;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.validation.Problem;
import dev.vpclab.model.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The open document as the whole UI sees it: the command stack (every edit goes through {@link #execute}),
 * the current document revision, the selection, validation problems and the file it belongs to. Panels observe
 * it and build commands; none edits the document any other way. No JavaFX nodes inside.
 */
public final class EditorModel {

    private final CommandStack stack;
    private final I18n i18n;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final List<Consumer<String>> revealListeners = new ArrayList<>();

    /**
     * @param initial the document to start with
     * @param i18n the UI language
     * @param notifier where refusals are reported
     */
    public EditorModel(Document initial, I18n i18n, Notifier notifier) {
        this.i18n = i18n;
        this.notifier = notifier;
        this.stack = new CommandStack(initial);
        stack.addListener(this::changed);
        reset(initial, null);
    }

    /**
     * Replaces the document (opening a file): clears history and selection, marks it saved.
     *
     * @param doc the document
     * @param path its file, or null for a new or imported document
     */
    public void reset(Document doc, Path path) {
        selection.clear();
        stack.reset(doc);
        stack.markSaved();
        file.set(path);
        changed(stack.current());
    }

    private void changed(Document doc) {
        document.set(doc);
        selection.removeIf(key -> !doc.contains(key) && doc.layout().get(key) == null);
        problems.set(Validator.validate(doc));
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(stack.isDirty());
        revision.set(revision.get() + 1);
    }

    /**
     * Applies an edit. A refused edit changes nothing and is reported through the notifier.
     *
     * @param command the edit
     * @return true if it was applied
     */
    public boolean execute(Command command) {
        try {
            stack.execute(command);
            return true;
        } catch (CommandException e) {
            notifier.notify(Notifier.Level.WARNING, e.reason());
            return false;
        }
    }

    /**
     * Applies an edit like {@link #execute}, but hands a refusal back to the caller (an inspector field that shows
     * it inline) instead of telling the notifier.
     *
     * @param command the edit
     * @return the reason it was refused, or empty if it was applied
     */
    public Optional<Message> attempt(Command command) {
        try {
            stack.execute(command);
            return Optional.empty();
        } catch (CommandException e) {
            return Optional.of(e.reason());
        }
    }

    /**
     * @return a counter that grows on every change of the document, the history or the save mark (bind texts
     *         such as "Undo Move web-1" to it)
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Undoes the last edit, if any. */
    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    /** Redoes the last undone edit, if any. */
    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /** Marks the current revision as saved (after writing the file). */
    public void markSaved() {
        stack.markSaved();
        dirty.set(stack.isDirty());
    }

    /** @return the command stack (read its descriptions; edit only through {@link #execute}) */
    public CommandStack stack() {
        return stack;
    }

    /** @return the current document */
    public Document document() {
        return document.get();
    }

    /** @return the current document revision */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** @return validation problems of the current revision */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** @return whether there is something to undo */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    /** @return whether there is something to redo */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** @return whether the document differs from its file */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** @return the file the document belongs to, or null */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** @return selected element keys (resource ids, or AZ column keys) */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** @param keys the new selection */
    public void select(Collection<String> keys) {
        selection.retainAll(keys);
        selection.addAll(keys);
    }

    /** @param key the only element to select */
    public void selectOnly(String key) {
        select(key == null ? List.of() : List.of(key));
    }

    /** @return the language */
    public I18n i18n() {
        return i18n;
    }

    /** @return where messages go */
    public Notifier notifier() {
        return notifier;
    }

    /**
     * Asks the views to show an element (select it and centre the canvas on it).
     *
     * @param key an element key
     */
    public void reveal(String key) {
        selectOnly(key);
        revealListeners.forEach(l -> l.accept(key));
    }

    /** @param listener called with the key of an element to centre on */
    public void addRevealListener(Consumer<String> listener) {
        revealListeners.add(listener);
    }

    /**
     * @param message a message
     * @return its text in the UI language
     */
    public String text(Message message) {
        return i18n.get(message);
    }
}
