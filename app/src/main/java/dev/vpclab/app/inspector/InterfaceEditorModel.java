package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.palette.SelectionScope;
import dev.vpclab.model.command.EditProperty;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The network settings of an instance (through its primary interface), an interface, a load balancer, an
 * endpoint or a database: addresses, the security groups as a checklist of the VPC's groups, the public address
 * and the source/destination check. Every change is an {@link EditProperty} command on the resource that holds
 * the field.
 */
public final class InterfaceEditorModel {

    private final EditorModel editor;
    private final String resourceId;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    /**
     * @param editor the open document
     * @param resourceId the inspected resource
     */
    public InterfaceEditorModel(EditorModel editor, String resourceId) {
        this.editor = editor;
        this.resourceId = resourceId;
    }

    /** @return the resource whose security groups are edited: an instance's primary interface, else the resource */
    public Resource holder() {
        Resource r = editor.document().get(resourceId);
        if (r instanceof Instance i) {
            return editor.document().primaryInterface(i.id()).orElse(null);
        }
        return r;
    }

    /** @return the interface whose addresses are edited, or null for kinds without one */
    public NetworkInterface eni() {
        return holder() instanceof NetworkInterface e ? e : null;
    }

    /** @return the security group ids the holder carries */
    public List<String> groupIds() {
        Resource h = holder();
        if (h instanceof NetworkInterface e) {
            return e.securityGroupIds();
        } else if (h instanceof LoadBalancer lb) {
            return lb.securityGroupIds();
        } else if (h instanceof DbInstance db) {
            return db.securityGroupIds();
        } else if (h instanceof VpcEndpoint v) {
            return v.securityGroupIds();
        }
        return List.of();
    }

    /** @return true when the holder has security groups at all */
    public boolean hasGroups() {
        Resource h = holder();
        return h instanceof NetworkInterface || h instanceof LoadBalancer || h instanceof DbInstance
                || h instanceof VpcEndpoint v && v.type() == VpcEndpoint.EndpointType.INTERFACE;
    }

    /** @return the security groups of the holder's VPC, the checklist */
    public List<SecurityGroup> vpcGroups() {
        Resource h = holder();
        String vpcId = h == null ? null : SelectionScope.vpcIdOf(editor.document(), h);
        return vpcId == null ? List.of()
                : editor.document().all(SecurityGroup.class).stream().filter(g -> g.vpcId().equals(vpcId)).toList();
    }

    /**
     * Ticks or unticks a group.
     *
     * @param groupId the group
     * @param on carry it or not
     * @return true if applied
     */
    public boolean setGroup(String groupId, boolean on) {
        Resource h = holder();
        if (h == null) {
            return false;
        }
        List<String> next = new ArrayList<>(groupIds());
        next.remove(groupId);
        if (on) {
            next.add(groupId);
        }
        return run(new EditProperty(h.id(), "securityGroupIds", next));
    }

    /** @return the private addresses, comma-separated, primary first */
    public String addresses() {
        NetworkInterface e = eni();
        return e == null ? "" : e.privateIps().stream().map(Ipv4Address::toString).collect(Collectors.joining(", "));
    }

    /**
     * @param text comma-separated addresses, primary first
     * @return true if applied
     */
    public boolean setAddresses(String text) {
        NetworkInterface e = eni();
        return e != null && run(new EditProperty(e.id(), "privateIps", text));
    }

    /** @return the auto-assigned public address, or "" */
    public String publicIp() {
        NetworkInterface e = eni();
        return e == null || e.publicIp() == null ? "" : e.publicIp().toString();
    }

    /**
     * @param text an address, or blank for none
     * @return true if applied
     */
    public boolean setPublicIp(String text) {
        NetworkInterface e = eni();
        return e != null && run(new EditProperty(e.id(), "publicIp", text));
    }

    /** @return the Elastic IPs associated with the interface, as "54.1.2.3 (name)" */
    public List<String> elasticIps() {
        NetworkInterface e = eni();
        if (e == null) {
            return List.of();
        }
        return editor.document().elasticIpsOf(e.id()).stream()
                .map(ElasticIp::publicIp).map(Ipv4Address::toString).toList();
    }

    /** @return whether the interface drops traffic not addressed to or from itself */
    public boolean sourceDestCheck() {
        NetworkInterface e = eni();
        return e == null || e.sourceDestCheck();
    }

    /**
     * @param on the new state
     * @return true if applied
     */
    public boolean setSourceDestCheck(boolean on) {
        NetworkInterface e = eni();
        return e != null && run(new EditProperty(e.id(), "sourceDestCheck", on));
    }

    private boolean run(EditProperty c) {
        Optional<Message> refused = editor.attempt(c);
        refusal.set(refused.map(editor.i18n()::get).orElse(""));
        return refused.isEmpty();
    }

    /** @return the last refusal, or "" */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
