package dev.vpclab.app.problems;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Problems panel without its nodes: the validation problems of the current revision as rows in the UI
 * language (errors first), the counts for the tab title and the toolbar summary, and what a click (select the
 * culprit) and a double-click (open it in the inspector) do.
 */
public final class ProblemsViewModel {

    private final EditorModel editor;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final List<Consumer<ProblemRow>> openListeners = new ArrayList<>();

    /** @param editor the open document */
    public ProblemsViewModel(EditorModel editor) {
        this.editor = editor;
        editor.problemsProperty().addListener((o, a, b) -> refresh());
        editor.i18n().localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Document doc = editor.document();
        List<ProblemRow> next = new ArrayList<>();
        int e = 0;
        for (Problem p : editor.problemsProperty().get()) {
            Resource r = doc.get(p.resourceId());
            next.add(new ProblemRow(p, r == null ? p.resourceId() : r.label(), editor.i18n().get(p.message())));
            if (p.isError()) {
                e++;
            }
        }
        next.sort(Comparator.comparing(ProblemRow::severity).thenComparing(ProblemRow::resourceName));
        rows.setAll(next);
        errors.set(e);
        warnings.set(next.size() - e);
    }

    /** @return the rows, errors first */
    public ObservableList<ProblemRow> rows() {
        return rows;
    }

    /** @return how many errors */
    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    /** @return how many warnings */
    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** @return "0 errors · 1 warning" in the UI language */
    public StringBinding summary() {
        I18n i18n = editor.i18n();
        return Bindings.createStringBinding(() -> i18n.get("ui.problems.summary", errors.get(), warnings.get()),
                errors, warnings, i18n.localeProperty());
    }

    /** @return the tab title with the count: "Problems 3" */
    public StringBinding tabTitle() {
        I18n i18n = editor.i18n();
        return Bindings.createStringBinding(() -> i18n.get("ui.tab.problems"), i18n.localeProperty());
    }

    /**
     * A click on a row: selects the culprit and centres the canvas on it.
     *
     * @param row the row
     */
    public void select(ProblemRow row) {
        if (row != null && !row.resourceId().isEmpty() && editor.document().contains(row.resourceId())) {
            editor.reveal(row.resourceId());
        }
    }

    /**
     * A double-click: selects the culprit and asks the inspector to open the editor of the faulty field.
     *
     * @param row the row
     */
    public void open(ProblemRow row) {
        select(row);
        if (row != null) {
            openListeners.forEach(l -> l.accept(row));
        }
    }

    /** @param listener told when a row is opened (the inspector shows the field's editor) */
    public void addOpenListener(Consumer<ProblemRow> listener) {
        openListeners.add(listener);
    }

    /** @return the language */
    public I18n i18n() {
        return editor.i18n();
    }
}
