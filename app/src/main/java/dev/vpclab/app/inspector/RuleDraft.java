package dev.vpclab.app.inspector;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What the rule editors share: the inline errors per field (checked before a command is sent) and the refusal
 * of a command, both in the UI language and re-rendered when it changes.
 */
abstract class RuleDraft {

    /** Field keys for {@link #errors()}. */
    static final String RULE_NUMBER = "ruleNumber";
    static final String PROTOCOL = "protocol";
    static final String PORTS = "ports";
    static final String CIDR = "cidr";
    static final String PEER = "peer";
    static final String DESTINATION = "destination";
    static final String TARGET = "target";

    private final I18n i18n;
    private final Map<String, Message> errorMessages = new LinkedHashMap<>();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private Message refusalMessage;

    RuleDraft(I18n i18n) {
        this.i18n = i18n;
        i18n.localeProperty().addListener((o, a, b) -> render());
    }

    private void render() {
        errors.clear();
        errorMessages.forEach((k, m) -> errors.put(k, i18n.get(m)));
        refusal.set(refusalMessage == null ? "" : i18n.get(refusalMessage));
    }

    /** @return field → what is wrong with it, in the UI language */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** @return the last command refusal, or "" */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** @return every error and the refusal as one paragraph, for the inline message under the form */
    public String allErrors() {
        StringBuilder sb = new StringBuilder();
        errors.values().forEach(t -> sb.append(sb.length() == 0 ? "" : "\n").append(t));
        if (!refusal.get().isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(refusal.get());
        }
        return sb.toString();
    }

    void setError(String field, Message m) {
        if (m == null) {
            errorMessages.remove(field);
        } else {
            errorMessages.put(field, m);
        }
        render();
    }

    void clearErrors() {
        errorMessages.clear();
        refusalMessage = null;
        render();
    }

    void setRefusal(Message m) {
        refusalMessage = m;
        render();
    }

    boolean hasErrors() {
        return !errorMessages.isEmpty();
    }

    I18n i18n() {
        return i18n;
    }

    /** @return the protocol written, or null (and an error) */
    Protocol protocol(String text) {
        try {
            Protocol p = Protocol.parse(text);
            setError(PROTOCOL, null);
            return p;
        } catch (IllegalArgumentException e) {
            setError(PROTOCOL, Message.of("ui.validation.protocol"));
            return null;
        }
    }

    /** @return the ports written (all when the protocol has none), or null (and an error) */
    PortRange ports(Protocol protocol, String text) {
        if (protocol == null || !protocol.hasPorts()) {
            setError(PORTS, null);
            return null;
        }
        try {
            PortRange r = PortRange.parse(text);
            setError(PORTS, null);
            return r;
        } catch (IllegalArgumentException e) {
            setError(PORTS, Message.of("ui.validation.ports"));
            return null;
        }
    }

    /** @return the block written, or null (and an error under the given field) */
    Cidr cidr(String field, String text, String key) {
        String t = text == null ? "" : text.trim();
        if (Cidr.isValid(t)) {
            setError(field, null);
            return Cidr.parse(t);
        }
        setError(field, Message.of(key));
        return null;
    }
}
