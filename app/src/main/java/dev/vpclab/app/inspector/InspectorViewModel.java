package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.palette.SelectionScope;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.document.Containment;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The inspector without its nodes: which resource is inspected (the only selected one), its header texts, the
 * property rows and the chips of what applies to it; editing a row sends an {@link EditProperty} command, and a
 * refusal is kept as the inline error until the next edit or selection.
 */
public final class InspectorViewModel {

    private final EditorModel editor;
    private final ReadOnlyObjectWrapper<Resource> resource = new ReadOnlyObjectWrapper<>(this, "resource");
    private final ReadOnlyIntegerWrapper selectionSize = new ReadOnlyIntegerWrapper(this, "selectionSize");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<PropertyField> fields = FXCollections.observableArrayList();
    private Message errorMessage;

    /** @param editor the open document */
    public InspectorViewModel(EditorModel editor) {
        this.editor = editor;
        editor.selection().addListener((SetChangeListener<String>) c -> update(true));
        editor.documentProperty().addListener((o, a, b) -> update(false));
        editor.i18n().localeProperty().addListener((o, a, b) -> {
            rebuildFields();
            error.set(errorMessage == null ? "" : editor.i18n().get(errorMessage));
        });
        update(true);
    }

    private void update(boolean selectionChanged) {
        selectionSize.set(editor.selection().size());
        Resource before = resource.get();
        Resource now = null;
        if (editor.selection().size() == 1) {
            now = editor.document().get(editor.selection().iterator().next());
        }
        boolean sameResource = before != null && now != null && before.id().equals(now.id()) && before.getClass() == now.getClass();
        if (selectionChanged && !sameResource) {
            clearError();
        }
        resource.set(now);
        if (sameResource) {
            refreshFields();
        } else {
            rebuildFields();
        }
    }

    private void rebuildFields() {
        Resource r = resource.get();
        List<PropertyField> next = new ArrayList<>();
        if (r != null) {
            Document doc = editor.document();
            for (ResourceFields.Field f : ResourceFields.of(r)) {
                Object value = ResourceFields.value(r, f.name());
                String id = r.id();
                next.add(new PropertyField(f, Labels.field(editor.i18n(), f.name()), f.name(), value,
                        display(doc, f, value), (name, v) -> edit(id, name, v)));
            }
        }
        fields.setAll(next);
    }

    private void refreshFields() {
        Resource r = resource.get();
        for (PropertyField p : fields) {
            Object value = ResourceFields.value(r, p.field().name());
            p.refresh(value, display(editor.document(), p.field(), value));
        }
    }

    private String display(Document doc, ResourceFields.Field f, Object value) {
        if (value instanceof Boolean b) {
            return editor.i18n().get(b ? "ui.value.yes" : "ui.value.no");
        }
        return ResourceFields.display(doc, f, value);
    }

    /** @return the inspected resource, or null (nothing, several things, or an AZ column selected) */
    public ReadOnlyObjectProperty<Resource> resourceProperty() {
        return resource.getReadOnlyProperty();
    }

    /** @return how many elements are selected */
    public ReadOnlyIntegerProperty selectionSizeProperty() {
        return selectionSize.getReadOnlyProperty();
    }

    /** @return the property rows of the inspected resource */
    public ObservableList<PropertyField> fields() {
        return fields;
    }

    /** @return the last refused edit's reason in the UI language, or "" */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Hides the inline error. */
    public void clearError() {
        errorMessage = null;
        error.set("");
    }

    /**
     * Sets a field of the inspected resource.
     *
     * @param property the field's name
     * @param value the new value (text is parsed by the field's type)
     * @return true if the edit was applied (or changed nothing); false if refused, with the reason in
     *     {@link #errorProperty()}
     */
    public boolean edit(String property, Object value) {
        Resource r = resource.get();
        return r != null && edit(r.id(), property, value);
    }

    /**
     * Sets a field of a given resource (a row commits to the resource it was made for, even if the selection
     * moved on while it had focus).
     *
     * @param id the resource
     * @param property the field's name
     * @param value the new value
     * @return true if applied
     */
    public boolean edit(String id, String property, Object value) {
        if (!editor.document().contains(id)) {
            return false;
        }
        Optional<Message> refused = editor.attempt(new EditProperty(id, property, value));
        errorMessage = refused.orElse(null);
        error.set(refused.map(editor.i18n()::get).orElse(""));
        if (refused.isPresent() && resource.get() != null) {
            refreshFields();
        }
        return refused.isEmpty();
    }

    /** @return the inspected resource's name */
    public String title() {
        Resource r = resource.get();
        return r == null ? "" : r.label();
    }

    /** @return its kind and VPC: "Network ACL · prod-vpc" */
    public String subtitle() {
        Resource r = resource.get();
        if (r == null) {
            return "";
        }
        String kind = Labels.kind(editor.i18n(), r);
        String vpcId = r instanceof Vpc ? null : SelectionScope.vpcIdOf(editor.document(), r);
        Resource vpc = vpcId == null ? null : editor.document().get(vpcId);
        return vpc == null ? kind : kind + " · " + vpc.label();
    }

    /** @return the inspected resource's icon name */
    public String icon() {
        Resource r = resource.get();
        return r == null ? "vpc" : Labels.icon(editor.document(), r);
    }

    /** @return chips of what applies to the inspected resource */
    public List<Associations.Chip> chips() {
        Resource r = resource.get();
        return r == null ? List.of() : Associations.of(editor.document(), r);
    }

    /**
     * Opens another resource in the inspector (a chip): drawn ones are also centred on the canvas.
     *
     * @param id its id
     */
    public void open(String id) {
        Resource r = editor.document().get(id);
        if (r == null) {
            return;
        }
        if (Containment.isDrawn(r)) {
            editor.reveal(id);
        } else {
            editor.selectOnly(id);
        }
    }

    /** @return the open document */
    public EditorModel editor() {
        return editor;
    }

    /** @return the language */
    public I18n i18n() {
        return editor.i18n();
    }
}
