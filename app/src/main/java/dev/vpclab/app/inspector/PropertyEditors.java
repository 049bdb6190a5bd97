package dev.vpclab.app.inspector;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector's editors for the property sheet. Unlike ControlsFX's defaults, which set the value on every
 * keystroke, text commits on Enter or when the field loses focus (one command per edit, no half-typed CIDR
 * blocks refused on the way); Escape puts the value back. Read-only fields and references are plain labels.
 */
public final class PropertyEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        PropertyField p = (PropertyField) item;
        switch (p.field().kind()) {
            case BOOLEAN:
                return new CheckEditor(p);
            case CHOICE:
                return new ChoiceEditor(p);
            case REFERENCE:
            case READ_ONLY:
                return new LabelEditor(p);
            default:
                return new TextEditor(p);
        }
    }

    /** A value shown as text, not editable. */
    private static final class LabelEditor implements PropertyEditor<Object> {
        private final Label label = new Label();

        LabelEditor(PropertyField p) {
            label.getStyleClass().addAll("property-value", "read-only");
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setId("prop-" + p.field().name());
            label.setText(shown(p.display()));
            label.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            label.setTooltip(new javafx.scene.control.Tooltip(p.display()));
            p.getObservableValue().ifPresent(v -> v.addListener((o, a, b) -> {
                label.setText(shown(p.display()));
                label.getTooltip().setText(p.display());
            }));
        }

        @Override
        public Node getEditor() {
            return label;
        }

        @Override
        public Object getValue() {
            return label.getText();
        }

        @Override
        public void setValue(Object value) {
            // shown from the field's display text
        }
    }

    private static String shown(String text) {
        return text == null || text.isEmpty() ? "\u2014" : text;
    }

    /** Text committed on Enter or focus loss. */
    private static final class TextEditor implements PropertyEditor<Object> {
        private final TextField field = new TextField();
        private final PropertyField p;

        TextEditor(PropertyField p) {
            this.p = p;
            field.setId("prop-" + p.field().name());
            field.getStyleClass().add("property-field");
            field.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            field.setText(p.display());
            p.getObservableValue().ifPresent(v -> v.addListener((o, a, b) -> field.setText(p.display())));
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit();
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    field.setText(p.display());
                    e.consume();
                }
            });
        }

        private void commit() {
            String text = field.getText();
            if (Objects.equals(text, p.display())) {
                return;
            }
            if (!p.submit(text)) {
                field.setText(p.display());
            }
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            field.setText(p.display());
        }
    }

    /** A switch. */
    private static final class CheckEditor implements PropertyEditor<Object> {
        private final CheckBox box = new CheckBox();
        private boolean updating;

        CheckEditor(PropertyField p) {
            box.setId("prop-" + p.field().name());
            box.setSelected(Boolean.TRUE.equals(p.getValue()));
            p.getObservableValue().ifPresent(v -> v.addListener((o, a, b) -> {
                updating = true;
                box.setSelected(Boolean.TRUE.equals(b));
                updating = false;
            }));
            box.selectedProperty().addListener((o, a, b) -> {
                if (!updating && !p.submit(b)) {
                    updating = true;
                    box.setSelected(a);
                    updating = false;
                }
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.isSelected();
        }

        @Override
        public void setValue(Object value) {
            box.setSelected(Boolean.TRUE.equals(value));
        }
    }

    /** One of an enum's values, in AWS's spelling. */
    private static final class ChoiceEditor implements PropertyEditor<Object> {
        private final ComboBox<Object> combo = new ComboBox<>();
        private boolean updating;

        ChoiceEditor(PropertyField p) {
            combo.setId("prop-" + p.field().name());
            combo.setItems(FXCollections.observableArrayList(p.field().choices()));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            combo.setCellFactory(l -> new EnumCell());
            combo.setButtonCell(new EnumCell());
            combo.setValue(p.getValue());
            p.getObservableValue().ifPresent(v -> v.addListener((o, a, b) -> {
                updating = true;
                combo.setValue(b);
                updating = false;
            }));
            combo.valueProperty().addListener((o, a, b) -> {
                if (!updating && b != null && !b.equals(p.getValue()) && !p.submit(b)) {
                    updating = true;
                    combo.setValue(a);
                    updating = false;
                }
            });
        }

        @Override
        public Node getEditor() {
            return combo;
        }

        @Override
        public Object getValue() {
            return combo.getValue();
        }

        @Override
        public void setValue(Object value) {
            combo.setValue(value);
        }
    }

    /** An enum value as AWS writes it. */
    private static final class EnumCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item instanceof Enum<?> e ? ResourceFields.enumText(e) : item.toString());
        }
    }
}
