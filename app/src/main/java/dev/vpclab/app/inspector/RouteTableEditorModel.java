package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.AddRoute;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.EditRoute;
import dev.vpclab.model.command.RemoveRoute;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The route-table editor without its nodes: the routes with their target, origin and state (a route whose
 * target is gone is a blackhole), the subnets the table serves, and a form for one route — destination block and
 * a target chosen from the VPC's possible targets — checked before the Add or Edit command is sent.
 */
public final class RouteTableEditorModel extends RuleDraft {

    /**
     * One row of the routes table.
     *
     * @param route the route
     * @param target how the target reads
     * @param blackhole true when the target does not exist (AWS: state "blackhole")
     * @param editable false for propagated and endpoint routes, which AWS manages
     */
    public record Row(Route route, String target, boolean blackhole, boolean editable) {
    }

    private final EditorModel editor;
    private final String tableId;
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final ObjectProperty<RouteTargets.Target> target = new SimpleObjectProperty<>(this, "target");
    private boolean loading;

    /**
     * @param editor the open document
     * @param tableId the route table
     */
    public RouteTableEditorModel(EditorModel editor, String tableId) {
        super(editor.i18n());
        this.editor = editor;
        this.tableId = tableId;
        destination.addListener((o, a, b) -> {
            if (!loading && !b.isBlank()) {
                cidr(DESTINATION, b, "ui.validation.destination");
            }
        });
        target.addListener((o, a, b) -> {
            if (!loading && b != null) {
                setError(TARGET, null);
            }
        });
    }

    /** @return the table as it is now, or null once deleted */
    public RouteTable table() {
        return editor.document().get(tableId, RouteTable.class);
    }

    /** @return the routes in stored order */
    public List<Row> rows() {
        RouteTable t = table();
        if (t == null) {
            return List.of();
        }
        Document doc = editor.document();
        return t.routes().stream().map(r -> {
            Resource target = doc.get(r.target());
            boolean blackhole = !r.isLocal() && target == null;
            String label = r.isLocal() ? "local" : target == null ? r.target() : RouteTargets.target(target).label();
            return new Row(r, label, blackhole, r.origin() == RouteOrigin.STATIC);
        }).toList();
    }

    /** @return the targets a route of this table can name */
    public List<RouteTargets.Target> targets() {
        RouteTable t = table();
        return t == null ? List.of() : RouteTargets.of(editor.document(), t.vpcId(), editor.i18n().get("ui.route.local"));
    }

    /** @return the subnets that use this table, explicitly or as their VPC's main table */
    public List<Subnet> subnets() {
        Document doc = editor.document();
        return doc.all(Subnet.class).stream()
                .filter(s -> doc.routeTableOf(s).map(t -> t.id().equals(tableId)).orElse(false)).toList();
    }

    /** @return the destination of the route being edited, or null when adding */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** @return the destination typed */
    public StringProperty destinationProperty() {
        return destination;
    }

    /** @return the target chosen */
    public ObjectProperty<RouteTargets.Target> targetProperty() {
        return target;
    }

    /** Empties the form for a new route. */
    public void newRoute() {
        loading = true;
        editing.set(null);
        destination.set("");
        target.set(null);
        loading = false;
        clearErrors();
    }

    /**
     * Loads a route into the form to change its target (or destination).
     *
     * @param r a route of the table
     */
    public void edit(Route r) {
        loading = true;
        editing.set(r.destination());
        destination.set(r.destination());
        target.set(targets().stream().filter(t -> t.id().equals(r.target())).findFirst()
                .orElse(new RouteTargets.Target(r.target(), r.target())));
        loading = false;
        clearErrors();
    }

    /**
     * Checks every field.
     *
     * @return the route the form describes, or empty with {@link #errors()} saying what to fix
     */
    public Optional<Route> validate() {
        Cidr c = cidr(DESTINATION, destination.get(), "ui.validation.destination");
        if (target.get() == null) {
            setError(TARGET, Message.of("ui.validation.target"));
        } else {
            setError(TARGET, null);
        }
        if (hasErrors() || c == null) {
            return Optional.empty();
        }
        return Optional.of(new Route(c, null, target.get().id(), RouteOrigin.STATIC));
    }

    /**
     * Adds the route, or replaces the one being edited, if the form is valid.
     *
     * @return true if the command was applied
     */
    public boolean submit() {
        Optional<Route> route = validate();
        if (route.isEmpty()) {
            return false;
        }
        Command c = editing.get() == null ? new AddRoute(tableId, route.get()) : new EditRoute(tableId, editing.get(), route.get());
        Optional<Message> refused = editor.attempt(c);
        if (refused.isPresent()) {
            setRefusal(refused.get());
            return false;
        }
        newRoute();
        return true;
    }

    /**
     * @param r a route to delete
     * @return true if it was deleted
     */
    public boolean remove(Route r) {
        Optional<Message> refused = editor.attempt(new RemoveRoute(tableId, r.destination()));
        refused.ifPresent(this::setRefusal);
        if (refused.isEmpty()) {
            newRoute();
        }
        return refused.isEmpty();
    }

    /** @param id a subnet to open */
    public void open(String id) {
        editor.reveal(id);
    }
}
