package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.AssociateNetworkAcl;
import dev.vpclab.model.command.AssociateRouteTable;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A subnet's associations without their nodes: the route table and network ACL choosers (the VPC's main table
 * and default ACL stand for "no explicit association") and whether the subnet is public.
 */
public final class SubnetEditorModel {

    /**
     * One entry of a chooser.
     *
     * @param id the table or ACL, or null for the VPC's main table / default ACL
     * @param label how it reads
     */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final EditorModel editor;
    private final String subnetId;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    /**
     * @param editor the open document
     * @param subnetId the subnet
     */
    public SubnetEditorModel(EditorModel editor, String subnetId) {
        this.editor = editor;
        this.subnetId = subnetId;
    }

    /** @return the subnet now, or null */
    public Subnet subnet() {
        return editor.document().get(subnetId, Subnet.class);
    }

    /** @return the main-table entry first, then every table of the VPC */
    public List<Choice> routeTables() {
        Subnet s = subnet();
        List<Choice> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Document doc = editor.document();
        String main = doc.mainRouteTable(s.vpcId()).map(RouteTable::label).orElse("—");
        out.add(new Choice(null, editor.i18n().get("ui.subnet.mainTable", main)));
        doc.all(RouteTable.class).stream().filter(t -> t.vpcId().equals(s.vpcId()))
                .forEach(t -> out.add(new Choice(t.id(), t.label())));
        return out;
    }

    /** @return the default-ACL entry first, then every network ACL of the VPC */
    public List<Choice> networkAcls() {
        Subnet s = subnet();
        List<Choice> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Document doc = editor.document();
        String def = doc.defaultNetworkAcl(s.vpcId()).map(NetworkAcl::label).orElse("—");
        out.add(new Choice(null, editor.i18n().get("ui.subnet.defaultAcl", def)));
        doc.all(NetworkAcl.class).stream().filter(a -> a.vpcId().equals(s.vpcId()))
                .forEach(a -> out.add(new Choice(a.id(), a.label())));
        return out;
    }

    /** @return the chooser entry of the subnet's route table association */
    public Choice currentRouteTable() {
        Subnet s = subnet();
        return routeTables().stream().filter(c -> s != null && Objects.equals(c.id(), s.routeTableId())).findFirst().orElse(null);
    }

    /** @return the chooser entry of the subnet's network ACL association */
    public Choice currentNetworkAcl() {
        Subnet s = subnet();
        return networkAcls().stream().filter(c -> s != null && Objects.equals(c.id(), s.networkAclId())).findFirst().orElse(null);
    }

    /** @return true when its route table sends 0.0.0.0/0 to an internet gateway */
    public boolean isPublic() {
        Subnet s = subnet();
        return s != null && Labels.isPublic(editor.document(), s);
    }

    /**
     * @param choice a route table entry
     * @return true if the association changed (or already was so)
     */
    public boolean associateRouteTable(Choice choice) {
        return run(editor.attempt(new AssociateRouteTable(subnetId, choice == null ? null : choice.id())));
    }

    /**
     * @param choice a network ACL entry
     * @return true if the association changed (or already was so)
     */
    public boolean associateNetworkAcl(Choice choice) {
        return run(editor.attempt(new AssociateNetworkAcl(subnetId, choice == null ? null : choice.id())));
    }

    private boolean run(Optional<Message> refused) {
        refusal.set(refused.map(editor.i18n()::get).orElse(""));
        return refused.isEmpty();
    }

    /** @return the last refusal, or "" */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
