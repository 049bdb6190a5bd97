package dev.vpclab.app.trace;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.inspector.RuleMark;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Trace tab without its nodes: the request form (From, To, protocol, port, HTTP parts, the document's saved
 * traces, picking the ends on the canvas), the shown trace as event-list rows and a drawn path, the stepper, and
 * the suggested fix as one undoable command. A shown trace runs again by itself when the document changes (through
 * an injected executor that debounces), keeping the hop it stood at.
 */
public final class TraceViewModel {

    /** What a click on the canvas sets while picking. */
    public enum Pick { NONE, FROM, TO }

    private final EditorModel editor;
    private final Executor rerunLater;
    private final FixCommands fixes;
    private final TraceStepper stepper = new TraceStepper();
    private final RequestForm form = new RequestForm();
    private final ReadOnlyBooleanWrapper httpApplicable = new ReadOnlyBooleanWrapper(this, "httpApplicable");
    private final ObjectProperty<Pick> picking = new SimpleObjectProperty<>(this, "picking", Pick.NONE);
    private final ObservableList<EndpointChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<SavedTrace> saved = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TraceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<TracePath> path = new ReadOnlyObjectWrapper<>(this, "path", new TracePath(List.of(), List.of(), null));
    private final ReadOnlyBooleanWrapper canApplyFix = new ReadOnlyBooleanWrapper(this, "canApplyFix");
    private final ObservableList<HopRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HopRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private Document networkOf;
    private Network network;

    /**
     * @param editor the open document
     * @param rerunLater runs the re-run after an edit (the app debounces it; tests run it at once)
     * @param ids where new resource ids of a fix come from
     */
    public TraceViewModel(EditorModel editor, Executor rerunLater, IdGenerator ids) {
        this.editor = editor;
        this.rerunLater = rerunLater;
        this.fixes = new FixCommands(ids);
        editor.documentProperty().addListener((o, a, b) -> documentChanged());
        form.toProperty().addListener((o, a, b) -> updateHttp());
        refreshLists();
        updateHttp();
    }

    private void documentChanged() {
        refreshLists();
        updateHttp();
        if (!editor.stack().canUndo() && !editor.stack().canRedo()) {
            // another document was opened: its trace is not this one's
            picking.set(Pick.NONE);
            clear();
        } else if (result.get() != null) {
            rerunLater.execute(this::rerunIfStale);
        }
    }

    private void refreshLists() {
        Document doc = editor.document();
        List<EndpointChoice> c = EndpointChoices.of(doc);
        if (!choices.equals(c)) {
            choices.setAll(c);
        }
        if (!saved.equals(doc.traces())) {
            saved.setAll(doc.traces());
        }
    }

    private Network network() {
        Document doc = editor.document();
        if (network == null || networkOf != doc) {
            network = NetworkCompiler.compile(doc);
            networkOf = doc;
        }
        return network;
    }

    private void updateHttp() {
        httpApplicable.set(TraceRunner.isApplicationLoadBalancer(network(), form.toProperty().get()));
    }

    /** Runs the request in the form and shows it from its first hop. */
    public void run() {
        picking.set(Pick.NONE);
        RequestForm.Parsed p = form.parse(httpApplicable.get());
        if (p.error() != null) {
            fail(p.error());
            return;
        }
        show(TraceRunner.run(editor.document(), network(), p.query()), -1);
    }

    /**
     * Fills the form with a saved trace and runs it.
     *
     * @param trace a trace kept with the document
     */
    public void runSaved(SavedTrace trace) {
        TraceQuery q = TraceQuery.of(trace);
        form.fill(q);
        picking.set(Pick.NONE);
        show(TraceRunner.run(editor.document(), network(), q), -1);
    }

    private void fail(Message m) {
        clear();
        error.set(m);
    }

    /**
     * Runs the shown request again on the document as it is now, staying at the same hop. Names are resolved
     * again; when an end was renamed meanwhile, it is found by the id it had, and the form shows its new name.
     */
    public void rerun() {
        TraceResult r = result.get();
        if (r == null) {
            return;
        }
        TraceResult again = TraceRunner.run(editor.document(), network(), r.query());
        if (!again.ok()) {
            TraceQuery byId = byId(r);
            if (!byId.equals(r.query())) {
                TraceResult renamed = TraceRunner.run(editor.document(), network(), byId);
                if (renamed.ok()) {
                    TraceQuery shown = new TraceQuery(specOf(byId.from()), specOf(byId.to()), byId.protocol(), byId.port(),
                            byId.sourcePort(), byId.httpHost(), byId.httpPath(), byId.httpMethod());
                    form.fromProperty().set(shown.from());
                    form.toProperty().set(shown.to());
                    again = new TraceResult(shown, renamed.document(), renamed.network(), renamed.trace(), null);
                }
            }
        }
        show(again, stepper.currentProperty().get());
    }

    /** The shown query with each end that is a resource (an interface's owner, a load balancer) named by its id. */
    private static TraceQuery byId(TraceResult r) {
        Trace t = r.trace();
        return new TraceQuery(stableSpec(t.request().source(), r.query().from()), stableSpec(t.request().destination(), r.query().to()),
                r.query().protocol(), r.query().port(), r.query().sourcePort(), r.query().httpHost(), r.query().httpPath(),
                r.query().httpMethod());
    }

    private static String stableSpec(dev.vpclab.trace.Endpoint e, String typed) {
        return e.kind() == dev.vpclab.trace.EndpointKind.INTERFACE && e.address() == null
                || e.kind() == dev.vpclab.trace.EndpointKind.LOAD_BALANCER ? e.id() : typed;
    }

    private String specOf(String id) {
        String spec = EndpointChoices.specOf(editor.document(), id);
        return spec == null ? id : spec;
    }

    private void rerunIfStale() {
        TraceResult r = result.get();
        if (r != null && r.document() != editor.document()) {
            rerun();
        }
    }

    private void show(TraceResult r, int at) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        error.set(null);
        List<HopRow> list = TraceRows.of(r.trace(), new HopPlaces(r.document(), r.network()));
        rows.setAll(list);
        path.set(TracePath.of(list));
        SuggestedFix fix = r.trace().suggestedFix();
        canApplyFix.set(!r.trace().reachable() && fix != null && !fix.changes().isEmpty());
        // the hop first, so that whoever follows the result finds the current row of the new list
        stepper.reset(list.size(), at);
        result.set(r);
    }

    /** Hides the trace. */
    public void clear() {
        stepper.reset(0, -1);
        rows.clear();
        path.set(new TracePath(List.of(), List.of(), null));
        canApplyFix.set(false);
        error.set(null);
        result.set(null);
    }

    /**
     * Applies the suggested fix as one undoable command and runs the trace again.
     *
     * @return true if the fix was applied
     */
    public boolean applyFix() {
        TraceResult r = result.get();
        if (r == null || !canApplyFix.get()) {
            return false;
        }
        Command command;
        try {
            command = fixes.command(editor.document(), r.trace().suggestedFix());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.set(Message.of("tracemode.error.fix", e.getMessage()));
            return false;
        }
        if (command == null || !editor.execute(command)) {
            return false;
        }
        rerun();
        return true;
    }

    /**
     * Sets the end being picked to a canvas element: From, then To, then runs.
     *
     * @param key the element clicked
     * @return true if the element can be a trace's end and was taken
     */
    public boolean pick(String key) {
        Pick p = picking.get();
        String spec = p == Pick.NONE ? null : EndpointChoices.specOf(editor.document(), key);
        if (spec == null) {
            return false;
        }
        if (p == Pick.FROM) {
            form.fromProperty().set(spec);
            picking.set(Pick.TO);
        } else {
            form.toProperty().set(spec);
            picking.set(Pick.NONE);
            run();
        }
        return true;
    }

    /**
     * @param row a row of the shown trace
     * @return what it marks in the inspector, or null (the internet)
     */
    public RuleMarks.Target target(HopRow row) {
        TraceResult r = result.get();
        return r == null ? null : RuleMarks.target(r.document(), r.network(), row);
    }

    /**
     * @param row a row of the shown trace
     * @return the inspector's mark for it, with its note in the UI language, or null
     */
    public RuleMark mark(HopRow row) {
        RuleMarks.Target t = target(row);
        return t == null ? null : RuleMarks.mark(t, row, editor.i18n());
    }

    /** @return the current row, or null */
    public HopRow currentRow() {
        int i = stepper.currentProperty().get();
        return i < 0 || i >= rows.size() ? null : rows.get(i);
    }

    /** @return the shown trace, or null */
    public Trace trace() {
        TraceResult r = result.get();
        return r == null ? null : r.trace();
    }

    /** @return the badge's verdict */
    public Verdict verdict() {
        return Verdict.of(trace());
    }

    /** @return "TCP 443", "ICMP" for the shown trace, as the packet left */
    public String summary() {
        Trace t = trace();
        if (t == null) {
            return "";
        }
        dev.vpclab.engine.Packet p = t.forward().get(0).steps().get(0).packet();
        String proto = p.protocol().toString().toUpperCase(Locale.ROOT);
        return p.destinationPort() > 0 ? proto + " " + p.destinationPort() : proto;
    }

    /** @return the stepper */
    public TraceStepper stepper() {
        return stepper;
    }

    /** @return the request as typed */
    public RequestForm form() {
        return form;
    }

    /** @return whether the destination is an Application Load Balancer (the HTTP fields apply) */
    public ReadOnlyBooleanProperty httpApplicableProperty() {
        return httpApplicable.getReadOnlyProperty();
    }

    /** @return which end a canvas click sets */
    public ObjectProperty<Pick> pickingProperty() {
        return picking;
    }

    /** @return what the pickers list */
    public ObservableList<EndpointChoice> choices() {
        return choices;
    }

    /** @return the document's saved traces */
    public ObservableList<SavedTrace> savedTraces() {
        return saved;
    }

    /** @return the shown run, or null */
    public ReadOnlyObjectProperty<TraceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return why the last run has no trace, or null */
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return what the canvas draws */
    public ReadOnlyObjectProperty<TracePath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** @return whether the shown trace has a fix that edits the document */
    public ReadOnlyBooleanProperty canApplyFixProperty() {
        return canApplyFix.getReadOnlyProperty();
    }

    /** @return the event list */
    public ObservableList<HopRow> rows() {
        return rowsView;
    }

    /** @return the open document */
    public EditorModel editor() {
        return editor;
    }
}
