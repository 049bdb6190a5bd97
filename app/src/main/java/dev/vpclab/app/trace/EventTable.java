package dev.vpclab.app.trace;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.icons.Icons;
import dev.vpclab.trace.TraceDirection;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The event list, as in Packet Tracer's simulation mode: one row per hop with its simulated time, the component
 * and its icon, the direction, a decision chip and the deciding rule; the blocking hop is red, the current hop is
 * the selected row, and choosing a row steps there.
 */
final class EventTable {

    private static final PseudoClass BLOCKING = PseudoClass.getPseudoClass("blocking");

    private final TraceViewModel model;
    private final I18n i18n;
    private final TableView<HopRow> table = new TableView<>();
    private boolean syncing;

    EventTable(TraceViewModel model) {
        this.model = model;
        this.i18n = model.editor().i18n();
        table.setId("trace-events");
        table.getStyleClass().addAll("trace-events", Styles.DENSE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setFixedCellSize(22);
        table.getColumns().setAll(java.util.List.of(
                text("tracemode.column.number", 36, r -> Integer.toString(r.number()), "column-number"),
                text("tracemode.column.time", 72, r -> String.format(Locale.ROOT, "%.2f ms", r.timeMs()), "column-time"),
                component(),
                text("tracemode.column.direction", 92, r -> i18n.get(r.direction() == TraceDirection.FORWARD
                        ? "tracemode.direction.forwardArrow" : "tracemode.direction.returnArrow"), "column-direction"),
                decision(),
                text("tracemode.column.rule", 360, this::rule, "column-rule")));
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(HopRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(BLOCKING, !empty && r != null && r.blocking());
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("tracemode.events.empty"));
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0 && b.intValue() != model.stepper().currentProperty().get()) {
                model.stepper().go(b.intValue());
            }
        });
        model.stepper().currentProperty().addListener((o, a, b) -> select(b.intValue()));
        model.resultProperty().addListener((o, a, b) -> select(model.stepper().currentProperty().get()));
        table.heightProperty().addListener((o, a, b) -> {
            int i = model.stepper().currentProperty().get();
            if (i >= 0 && i < table.getItems().size()) {
                javafx.application.Platform.runLater(() -> scrollTo(i));
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> table.refresh());
    }

    /** The deciding rule; on the blocking hop followed by the explanation code. */
    private String rule(HopRow r) {
        String text = i18n.get(r.rule());
        String code = r.blocking() && model.trace() != null ? model.trace().explanationCode() : null;
        return code == null ? text : text + " \u00b7 " + code;
    }

    private void select(int index) {
        syncing = true;
        if (index < 0 || index >= table.getItems().size()) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().clearAndSelect(index);
            // after the rows are laid out
            javafx.application.Platform.runLater(() -> scrollTo(index));
        }
        syncing = false;
    }

    /** Scrolls as little as needed for the current hop's row to be wholly in view. */
    private void scrollTo(int index) {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    private TableColumn<HopRow, String> text(String key, double width, Function<HopRow, String> value, String style) {
        TableColumn<HopRow, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setMinWidth("column-rule".equals(style) ? 120 : width);
        c.setSortable(false);
        c.setReorderable(false);
        c.getStyleClass().add(style);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        return c;
    }

    private TableColumn<HopRow, HopRow> component() {
        TableColumn<HopRow, HopRow> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind("tracemode.column.component"));
        c.setPrefWidth(180);
        c.setMinWidth(150);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(HopRow r, boolean empty) {
                super.updateItem(r, empty);
                TraceResult res = model.resultProperty().get();
                if (empty || r == null || res == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(HopLabels.component(res.document(), r.hop(), i18n));
                    setGraphic(Icons.node(HopLabels.icon(res.document(), r.hop()), 15));
                }
            }
        });
        return c;
    }

    private TableColumn<HopRow, HopRow> decision() {
        TableColumn<HopRow, HopRow> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind("tracemode.column.decision"));
        c.setPrefWidth(100);
        c.setMinWidth(96);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(HopRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : DecisionChip.of(r.decision(), i18n));
            }
        });
        return c;
    }

    TableView<HopRow> node() {
        return table;
    }
}
