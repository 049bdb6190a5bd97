package dev.vpclab.app.trace;

import dev.vpclab.app.canvas.DiagramView;
import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.inspector.InspectorView;
import dev.vpclab.app.inspector.RuleMark;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.IdGenerator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Trace mode as the main window sees it: the Trace tab's content, the legend over the canvas, the Trace menu's
 * items and the status text; entering draws the shown trace on the canvas, leaving clears it. Stepping to a hop
 * opens its rule in the inspector with the deciding row selected, and with the suggested fix under the rule that
 * blocked the packet. While picking, a click on a canvas element sets From, then To, then runs.
 */
public final class TraceMode {

    /** Quiet time after an edit before a shown trace runs again. */
    static final Duration RERUN_AFTER = Duration.millis(120);

    private final EditorModel editor;
    private final InspectorView inspector;
    private final TraceViewModel model;
    private final TraceView view;
    private final TraceCanvas drawing;
    private final TraceLegend legend;
    private final FixCard fixCard;
    private boolean active;

    /**
     * @param editor the open document
     * @param canvas the canvas to draw on
     * @param inspector the inspector that shows the deciding rules
     */
    public TraceMode(EditorModel editor, DiagramView canvas, InspectorView inspector) {
        this.editor = editor;
        this.inspector = inspector;
        this.model = new TraceViewModel(editor, new Debounce(RERUN_AFTER), new IdGenerator());
        this.fixCard = new FixCard(model);
        this.view = new TraceView(model, this::reveal);
        this.drawing = new TraceCanvas(model, canvas);
        this.legend = new TraceLegend(model, canvas.darkProperty());
        model.stepper().addStepListener(i -> {
            if (active && i >= 0 && i < model.rows().size()) {
                reveal(model.rows().get(i));
            }
        });
        model.resultProperty().addListener((o, a, b) -> remark());
        editor.selection().addListener((SetChangeListener<String>) c -> {
            if (active && model.pickingProperty().get() != TraceViewModel.Pick.NONE && editor.selection().size() == 1) {
                model.pick(editor.selection().iterator().next());
            }
        });
        model.pickingProperty().addListener((o, a, b) -> {
            if (b != TraceViewModel.Pick.NONE) {
                editor.selection().clear();
            }
        });
    }

    /** Draws the shown trace (running it again if the document changed meanwhile). */
    public void enter() {
        active = true;
        drawing.setActive(true);
        model.rerun();
        remark();
    }

    /** Clears the canvas and the inspector's mark, stops playing and picking. */
    public void exit() {
        active = false;
        model.pickingProperty().set(TraceViewModel.Pick.NONE);
        drawing.setActive(false);
        inspector.showMark(null, null);
    }

    /**
     * Opens a hop in the inspector: its rule editor with the deciding rule selected (and the suggested fix when it
     * blocked), or the element it happened at.
     *
     * @param row a row of the event list
     */
    public void reveal(HopRow row) {
        RuleMarks.Target t = model.target(row);
        if (t != null && (RuleMarks.hasRules(row.hop().type()) || row.blocking())) {
            editor.selectOnly(t.resourceId());
        } else if (row.place() != null) {
            editor.selectOnly(row.place());
        }
        mark(row);
    }

    private void remark() {
        if (!active) {
            return;
        }
        HopRow row = model.currentRow();
        if (row == null) {
            inspector.showMark(null, null);
        } else {
            mark(row);
        }
    }

    private void mark(HopRow row) {
        // a device that let the packet through has no rule to point at
        RuleMark m = RuleMarks.hasRules(row.hop().type()) || row.blocking() ? model.mark(row) : null;
        inspector.showMark(m, m != null && row.blocking() ? fixCard.node() : null);
    }

    /** @return the Trace tab's content */
    public Node tabContent() {
        return view.node();
    }

    /** @return the legend to float over the canvas (hidden while no trace is shown) */
    public Node legend() {
        return legend.node();
    }

    /** @return the Trace tab's model */
    public TraceViewModel model() {
        return model;
    }

    /** @return "Trace: blocked on return", "Trace: reachable", the picking hint, or "" */
    public StringBinding statusText() {
        I18n i18n = editor.i18n();
        return Bindings.createStringBinding(() -> {
            TraceViewModel.Pick p = model.pickingProperty().get();
            if (p != TraceViewModel.Pick.NONE) {
                return i18n.get(p == TraceViewModel.Pick.FROM ? "tracemode.status.pickFrom" : "tracemode.status.pickTo");
            }
            Verdict v = model.verdict();
            return v == Verdict.NONE ? "" : i18n.get(v.statusKey());
        }, model.resultProperty(), model.pickingProperty(), i18n.localeProperty());
    }

    /** @return true while the shown trace is blocked (the status bar's dot goes red) */
    public BooleanBinding blocked() {
        return Bindings.createBooleanBinding(() -> model.verdict() == Verdict.BLOCKED_REPLY || model.verdict() == Verdict.BLOCKED_REQUEST,
                model.resultProperty());
    }

    /** @return the Trace menu's items: pick, run, step back and forward, play, clear */
    public List<MenuItem> menuItems() {
        MenuItem pick = item("trace-pick", "ui.menu.trace.pick", Feather.CROSSHAIR, new KeyCodeCombination(KeyCode.P,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> model.pickingProperty().set(TraceViewModel.Pick.FROM));
        MenuItem run = item("trace-run", "ui.menu.trace.run", Feather.PLAY_CIRCLE, new KeyCodeCombination(KeyCode.F5), model::run);
        MenuItem back = item("trace-stepBack", "ui.menu.trace.stepBack", Feather.CHEVRON_LEFT, new KeyCodeCombination(KeyCode.F7),
                model.stepper()::back);
        MenuItem forward = item("trace-stepForward", "ui.menu.trace.stepForward", Feather.CHEVRON_RIGHT,
                new KeyCodeCombination(KeyCode.F8), model.stepper()::forward);
        MenuItem play = item("trace-play", "tracemode.menu.play", Feather.PLAY, new KeyCodeCombination(KeyCode.F9),
                model.stepper()::togglePlay);
        MenuItem clear = item("trace-clear", "ui.menu.trace.clear", Feather.X, null, () -> {
            model.clear();
            inspector.showMark(null, null);
        });
        for (MenuItem i : List.of(back, forward, play, clear)) {
            i.disableProperty().bind(model.stepper().sizeProperty().isEqualTo(0));
        }
        return List.of(pick, run, new SeparatorMenuItem(), back, forward, play, new SeparatorMenuItem(), clear);
    }

    private MenuItem item(String id, String key, Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.setId("menu-" + id);
        i.textProperty().bind(editor.i18n().bind(key));
        i.setGraphic(new FontIcon(icon));
        i.setAccelerator(accelerator);
        i.setOnAction(e -> action.run());
        return i;
    }
}
