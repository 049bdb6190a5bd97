package dev.vpclab.app.inspector;

import java.util.Optional;
import java.util.function.BiPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the inspector's property sheet: a field of the selected resource. Setting its value sends an
 * {@code EditProperty} command through the inspector; a refused value is put back and the reason shown.
 */
public final class PropertyField implements PropertySheet.Item {

    private final ResourceFields.Field field;
    private final String label;
    private final String description;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private final BiPredicate<String, Object> commit;
    private String display;

    /**
     * @param field the field
     * @param label its name in the UI language
     * @param description a tooltip
     * @param initial its value now
     * @param display its value as text now
     * @param commit sends the edit; true if it was applied
     */
    public PropertyField(ResourceFields.Field field, String label, String description, Object initial, String display,
                         BiPredicate<String, Object> commit) {
        this.field = field;
        this.label = label;
        this.description = description;
        this.value.set(initial);
        this.display = display;
        this.commit = commit;
    }

    /** @return the field */
    public ResourceFields.Field field() {
        return field;
    }

    /** @return the value as text (references by name, lists comma-separated) */
    public String display() {
        return display;
    }

    /**
     * Updates the row after the document changed (undo, another panel's edit).
     *
     * @param newValue the value now
     * @param newDisplay its text
     */
    public void refresh(Object newValue, String newDisplay) {
        this.display = newDisplay;
        value.set(newValue);
    }

    /**
     * Sends an edit.
     *
     * @param newValue what the user entered (text, a number, a switch state or an enum value)
     * @return true if it was applied
     */
    public boolean submit(Object newValue) {
        return commit.test(field.name(), newValue);
    }

    @Override
    public Class<?> getType() {
        return field.type();
    }

    @Override
    public String getCategory() {
        return "";
    }

    @Override
    public String getName() {
        return label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object v) {
        submit(v);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    /** @return true: read-only fields have a read-only editor instead of a greyed one */
    @Override
    public boolean isEditable() {
        return true;
    }
}
