package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.AddSecurityGroupRule;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.EditSecurityGroupRule;
import dev.vpclab.model.command.RemoveSecurityGroupRule;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.PrefixList;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The security-group editor without its nodes: inbound and outbound allow rules, and a form for one rule —
 * protocol, ports, the source or destination (a CIDR block, or a security group of the VPC chosen by id), a
 * description — checked before the Add or Edit command is sent. Security groups have no deny rules and no order
 * (https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 */
public final class SecurityGroupEditorModel extends RuleDraft {

    private final EditorModel editor;
    private final String groupId;
    private final ObjectProperty<TrafficDirection> direction = new SimpleObjectProperty<>(this, "direction", TrafficDirection.INBOUND);
    private final ReadOnlyIntegerWrapper editingIndex = new ReadOnlyIntegerWrapper(this, "editingIndex", -1);
    private final StringProperty protocol = new SimpleStringProperty(this, "protocol", "tcp");
    private final StringProperty ports = new SimpleStringProperty(this, "ports", "");
    private final StringProperty peer = new SimpleStringProperty(this, "peer", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private boolean loading;

    /**
     * @param editor the open document
     * @param groupId the security group
     */
    public SecurityGroupEditorModel(EditorModel editor, String groupId) {
        super(editor.i18n());
        this.editor = editor;
        this.groupId = groupId;
        protocol.addListener((o, a, b) -> checkPorts());
        ports.addListener((o, a, b) -> checkPorts());
        peer.addListener((o, a, b) -> {
            if (!loading && !peer.get().isBlank()) {
                peer();
            }
        });
        direction.addListener((o, a, b) -> {
            if (!loading) {
                newRule();
            }
        });
        newRule();
    }

    /** @return the group as it is now, or null once deleted */
    public SecurityGroup group() {
        return editor.document().get(groupId, SecurityGroup.class);
    }

    /**
     * @param d a direction
     * @return its rules in stored order
     */
    public List<SecurityGroupRule> rules(TrafficDirection d) {
        SecurityGroup g = group();
        return g == null ? List.of() : d == TrafficDirection.INBOUND ? g.ingress() : g.egress();
    }

    /** @return security groups of the same VPC a rule may name, this one included */
    public List<SecurityGroup> peerGroups() {
        SecurityGroup g = group();
        return g == null ? List.of()
                : editor.document().all(SecurityGroup.class).stream().filter(x -> x.vpcId().equals(g.vpcId())).toList();
    }

    /**
     * @param g a group
     * @return how the peer chooser lists it: "sg-0alb (alb)"
     */
    public static String choice(SecurityGroup g) {
        String name = g.name().isBlank() ? g.groupName() : g.name();
        return name.isBlank() ? g.id() : g.id() + " (" + name + ")";
    }

    /**
     * @param p a rule's peer
     * @return how the table shows it: the block, or the group's name and id
     */
    public String peerText(RulePeer p) {
        if (p instanceof RulePeer.SecurityGroupPeer s) {
            SecurityGroup g = editor.document().get(s.groupId(), SecurityGroup.class);
            return g == null ? s.groupId() : choice(g);
        }
        return p.toString();
    }

    /** @return the direction the form adds to */
    public ObjectProperty<TrafficDirection> directionProperty() {
        return direction;
    }

    /** @return the position of the rule being edited in its direction, or -1 when adding */
    public ReadOnlyIntegerProperty editingIndexProperty() {
        return editingIndex.getReadOnlyProperty();
    }

    /** @return "tcp", "udp", "icmp" or "all" */
    public StringProperty protocolProperty() {
        return protocol;
    }

    /** @return the ports typed */
    public StringProperty portsProperty() {
        return ports;
    }

    /** @return the source (inbound) or destination (outbound) typed or chosen */
    public StringProperty peerProperty() {
        return peer;
    }

    /** @return the rule's description */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** Empties the form for a new rule in the current direction. */
    public void newRule() {
        loading = true;
        editingIndex.set(-1);
        protocol.set("tcp");
        ports.set("");
        peer.set(direction.get() == TrafficDirection.OUTBOUND ? "0.0.0.0/0" : "");
        description.set("");
        loading = false;
        clearErrors();
    }

    /**
     * Loads a rule into the form to change it.
     *
     * @param d its direction
     * @param index its position in that direction's list
     */
    public void edit(TrafficDirection d, int index) {
        SecurityGroupRule r = rules(d).get(index);
        loading = true;
        direction.set(d);
        editingIndex.set(index);
        protocol.set(r.protocol().toString());
        ports.set(r.portRange() == null || r.portRange().isAll() ? "" : r.portRange().toString());
        peer.set(r.peer() instanceof RulePeer.SecurityGroupPeer s && editor.document().get(s.groupId(), SecurityGroup.class) != null
                ? choice(editor.document().get(s.groupId(), SecurityGroup.class)) : r.peer().toString());
        description.set(r.description());
        loading = false;
        clearErrors();
    }

    private void checkPorts() {
        if (loading) {
            return;
        }
        Protocol p = protocol(protocol.get());
        if (p != null && p.hasPorts() && !ports.get().isBlank()) {
            ports(p, ports.get());
        } else {
            setError(PORTS, null);
        }
    }

    private RulePeer peer() {
        String text = peer.get() == null ? "" : peer.get().trim();
        Document doc = editor.document();
        if (text.startsWith("sg-")) {
            String id = text.split("[\\s(]", 2)[0];
            SecurityGroup g = doc.get(id, SecurityGroup.class);
            SecurityGroup self = group();
            if (g == null || self == null || !g.vpcId().equals(self.vpcId())) {
                setError(PEER, Message.of("ui.validation.peerGroup", id));
                return null;
            }
            setError(PEER, null);
            return RulePeer.group(id);
        }
        if (text.startsWith("pl-")) {
            String id = text.split("[\\s(]", 2)[0];
            if (doc.get(id, PrefixList.class) == null) {
                setError(PEER, Message.of("ui.validation.peerPrefixList", id));
                return null;
            }
            setError(PEER, null);
            return new RulePeer.PrefixListPeer(id);
        }
        Cidr c = cidr(PEER, text, "ui.validation.peer");
        return c == null ? null : RulePeer.cidr(c);
    }

    /**
     * Checks every field.
     *
     * @return the rule the form describes, or empty with {@link #errors()} saying what to fix
     */
    public Optional<SecurityGroupRule> validate() {
        Protocol p = protocol(protocol.get());
        PortRange r = ports(p, ports.get());
        RulePeer who = peer();
        if (hasErrors() || p == null || who == null) {
            return Optional.empty();
        }
        return Optional.of(new SecurityGroupRule(p, r, null, who, description.get()));
    }

    /**
     * Adds the rule, or replaces the one being edited, if the form is valid.
     *
     * @return true if the command was applied
     */
    public boolean submit() {
        Optional<SecurityGroupRule> rule = validate();
        if (rule.isEmpty()) {
            return false;
        }
        int index = editingIndex.get();
        Command c = index < 0 ? new AddSecurityGroupRule(groupId, direction.get(), rule.get())
                : new EditSecurityGroupRule(groupId, direction.get(), index, rule.get());
        Optional<Message> refused = editor.attempt(c);
        if (refused.isPresent()) {
            setRefusal(refused.get());
            return false;
        }
        newRule();
        return true;
    }

    /**
     * @param d a direction
     * @param index the rule's position
     * @return true if it was deleted
     */
    public boolean remove(TrafficDirection d, int index) {
        Optional<Message> refused = editor.attempt(new RemoveSecurityGroupRule(groupId, d, index));
        refused.ifPresent(this::setRefusal);
        if (refused.isEmpty()) {
            newRule();
        }
        return refused.isEmpty();
    }
}
