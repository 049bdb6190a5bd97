package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.AddNaclEntry;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.EditNaclEntry;
import dev.vpclab.model.command.RemoveNaclEntry;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The network ACL editor without its nodes: the entries of each direction sorted by rule number (the final "*"
 * deny is shown by the view, never stored), and a form for one rule — rule number (1–32766, unique in its
 * direction), protocol, ports, CIDR block, allow or deny — checked as it is typed and before the Add or Edit
 * command is sent (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html).
 */
public final class NaclEditorModel extends RuleDraft {

    private final EditorModel editor;
    private final String aclId;
    private final ObjectProperty<TrafficDirection> direction = new SimpleObjectProperty<>(this, "direction", TrafficDirection.INBOUND);
    private final ReadOnlyObjectWrapper<NetworkAclEntry> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final StringProperty ruleNumber = new SimpleStringProperty(this, "ruleNumber", "");
    private final StringProperty protocol = new SimpleStringProperty(this, "protocol", "tcp");
    private final StringProperty ports = new SimpleStringProperty(this, "ports", "");
    private final StringProperty cidr = new SimpleStringProperty(this, "cidr", "0.0.0.0/0");
    private final ObjectProperty<RuleAction> action = new SimpleObjectProperty<>(this, "action", RuleAction.ALLOW);
    private boolean loading;

    /**
     * @param editor the open document
     * @param aclId the network ACL
     */
    public NaclEditorModel(EditorModel editor, String aclId) {
        super(editor.i18n());
        this.editor = editor;
        this.aclId = aclId;
        ruleNumber.addListener((o, a, b) -> check(RULE_NUMBER));
        protocol.addListener((o, a, b) -> check(PORTS));
        ports.addListener((o, a, b) -> check(PORTS));
        cidr.addListener((o, a, b) -> check(CIDR));
        direction.addListener((o, a, b) -> {
            if (!loading) {
                newRule();
            }
        });
        newRule();
    }

    /** @return the ACL as it is now, or null once deleted */
    public NetworkAcl acl() {
        return editor.document().get(aclId, NetworkAcl.class);
    }

    /**
     * @param d a direction
     * @return its entries, lowest rule number first
     */
    public List<NetworkAclEntry> entries(TrafficDirection d) {
        NetworkAcl acl = acl();
        return acl == null ? List.of() : acl.entries(d);
    }

    /** @return the direction the form adds to */
    public ObjectProperty<TrafficDirection> directionProperty() {
        return direction;
    }

    /** @return the entry being edited, or null when the form adds a new one */
    public ReadOnlyObjectProperty<NetworkAclEntry> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** @return the rule number typed */
    public StringProperty ruleNumberProperty() {
        return ruleNumber;
    }

    /** @return "tcp", "udp", "icmp" or "all" */
    public StringProperty protocolProperty() {
        return protocol;
    }

    /** @return the ports typed ("443", "1024-65535") */
    public StringProperty portsProperty() {
        return ports;
    }

    /** @return the CIDR block typed */
    public StringProperty cidrProperty() {
        return cidr;
    }

    /** @return allow or deny */
    public ObjectProperty<RuleAction> actionProperty() {
        return action;
    }

    /** Empties the form for a new rule in the current direction, proposing the next free number. */
    public void newRule() {
        loading = true;
        editing.set(null);
        ruleNumber.set(Integer.toString(nextRuleNumber(direction.get())));
        protocol.set("tcp");
        ports.set("");
        cidr.set("0.0.0.0/0");
        action.set(RuleAction.ALLOW);
        loading = false;
        clearErrors();
    }

    /**
     * @param d a direction
     * @return the lowest multiple of 10 above the highest rule number (AWS's advice leaves room in between), 100
     *     when there is none
     */
    public int nextRuleNumber(TrafficDirection d) {
        int max = entries(d).stream().mapToInt(NetworkAclEntry::ruleNumber).max().orElse(90);
        return Math.min(NetworkAclEntry.MAX_RULE_NUMBER, (max / 10 + 1) * 10);
    }

    /**
     * Loads an entry into the form to change it.
     *
     * @param e an entry of the ACL
     */
    public void edit(NetworkAclEntry e) {
        loading = true;
        direction.set(e.direction());
        editing.set(e);
        ruleNumber.set(Integer.toString(e.ruleNumber()));
        protocol.set(e.protocol().toString());
        ports.set(e.portRange() == null || e.portRange().isAll() ? "" : e.portRange().toString());
        cidr.set(e.cidr().toString());
        action.set(e.action());
        loading = false;
        clearErrors();
    }

    private void check(String field) {
        if (loading) {
            return;
        }
        if (field.equals(RULE_NUMBER)) {
            ruleNumber();
        } else if (field.equals(PORTS)) {
            Protocol p = protocol(protocol.get());
            if (p != null && p.hasPorts() && !ports.get().isBlank()) {
                ports(p, ports.get());
            } else {
                setError(PORTS, null);
            }
        } else if (field.equals(CIDR) && !cidr.get().isBlank()) {
            cidr(CIDR, cidr.get(), "ui.validation.cidr");
        }
    }

    private Integer ruleNumber() {
        int n;
        try {
            n = Integer.parseInt(ruleNumber.get().trim());
        } catch (NumberFormatException e) {
            setError(RULE_NUMBER, Message.of("ui.validation.ruleNumber"));
            return null;
        }
        if (n < 1 || n > NetworkAclEntry.MAX_RULE_NUMBER) {
            setError(RULE_NUMBER, Message.of("ui.validation.ruleNumber"));
            return null;
        }
        NetworkAclEntry edited = editing.get();
        boolean taken = entries(direction.get()).stream()
                .anyMatch(e -> e.ruleNumber() == n && (edited == null || edited.ruleNumber() != n || edited.direction() != direction.get()));
        if (taken) {
            setError(RULE_NUMBER, Message.of("ui.validation.ruleNumberTaken", String.valueOf(n), direction.get() == TrafficDirection.INBOUND ? 0 : 1));
            return null;
        }
        setError(RULE_NUMBER, null);
        return n;
    }

    /**
     * Checks every field.
     *
     * @return the rule the form describes, or empty with {@link #errors()} saying what to fix
     */
    public Optional<NetworkAclEntry> validate() {
        Integer n = ruleNumber();
        Protocol p = protocol(protocol.get());
        PortRange r = ports(p, ports.get());
        Cidr c = cidr(CIDR, cidr.get(), "ui.validation.cidr");
        if (hasErrors() || n == null || p == null || c == null) {
            return Optional.empty();
        }
        return Optional.of(new NetworkAclEntry(n, direction.get(), p, r, null, c, action.get()));
    }

    /**
     * Adds the rule, or replaces the one being edited, if the form is valid.
     *
     * @return true if the command was applied
     */
    public boolean submit() {
        Optional<NetworkAclEntry> entry = validate();
        if (entry.isEmpty()) {
            return false;
        }
        NetworkAclEntry old = editing.get();
        Command c = old == null ? new AddNaclEntry(aclId, entry.get())
                : new EditNaclEntry(aclId, old.direction(), old.ruleNumber(), entry.get());
        Optional<Message> refused = editor.attempt(c);
        if (refused.isPresent()) {
            setRefusal(refused.get());
            return false;
        }
        newRule();
        return true;
    }

    /**
     * @param e an entry to delete
     * @return true if it was deleted
     */
    public boolean remove(NetworkAclEntry e) {
        Optional<Message> refused = editor.attempt(new RemoveNaclEntry(aclId, e.direction(), e.ruleNumber()));
        refused.ifPresent(this::setRefusal);
        if (refused.isEmpty() && e.equals(editing.get())) {
            newRule();
        }
        return refused.isEmpty();
    }
}
