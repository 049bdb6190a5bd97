package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Drop-downs whose items are values and whose texts follow the UI's language. */
final class Choices {

    private Choices() {
    }

    /**
     * @param items the values
     * @param value the property the choice edits (bound both ways)
     * @param text a value's text in the current language
     * @param i18n the language
     * @param id the node id
     * @return the drop-down
     */
    static <T> ComboBox<T> of(List<T> items, Property<T> value, Function<T, String> text, I18n i18n, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        Runnable texts = () -> {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : text.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
            box.setButtonCell(cell(text));
            box.setCellFactory(l -> cell(text));
        };
        texts.run();
        i18n.localeProperty().addListener((o, a, b) -> texts.run());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
