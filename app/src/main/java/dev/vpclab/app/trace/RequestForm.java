package dev.vpclab.app.trace;

import dev.vpclab.model.i18n.Message;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The request as typed in the Trace tab: From, To, protocol, port and the HTTP parts. It turns into a
 * {@link TraceQuery}, or into the one message that says what is wrong with it.
 */
public final class RequestForm {

    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty protocol = new SimpleStringProperty(this, "protocol", "tcp");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final StringProperty httpHost = new SimpleStringProperty(this, "httpHost", "");
    private final StringProperty httpPath = new SimpleStringProperty(this, "httpPath", "/");
    private final StringProperty httpMethod = new SimpleStringProperty(this, "httpMethod", "GET");

    /**
     * The query, or why there is none.
     *
     * @param query the request, or null
     * @param error what is wrong, or null
     */
    record Parsed(TraceQuery query, Message error) {
    }

    /**
     * @param withHttp whether the HTTP parts apply (the destination is an Application Load Balancer)
     * @return the query, or the message about a port that is no port
     */
    Parsed parse(boolean withHttp) {
        String p = port.get() == null ? "" : port.get().trim();
        int number = 0;
        if (!p.isEmpty()) {
            try {
                number = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > 65535) {
                return new Parsed(null, Message.of("tracemode.error.port", p));
            }
        }
        return new Parsed(new TraceQuery(from.get(), to.get(), protocol.get(), number, 0, withHttp ? httpHost.get() : null,
                withHttp ? httpPath.get() : null, withHttp ? httpMethod.get() : null), null);
    }

    /** @param q a request to show in the form */
    void fill(TraceQuery q) {
        from.set(q.from());
        to.set(q.to());
        protocol.set(q.protocol());
        port.set(q.port() == 0 ? "" : Integer.toString(q.port()));
        httpHost.set(q.httpHost() == null ? "" : q.httpHost());
        httpPath.set(q.httpPath() == null ? "/" : q.httpPath());
        httpMethod.set(q.httpMethod() == null ? "GET" : q.httpMethod());
    }

    /** @return the source as typed */
    public StringProperty fromProperty() {
        return from;
    }

    /** @return the destination as typed */
    public StringProperty toProperty() {
        return to;
    }

    /** @return "tcp", "udp" or "icmp" */
    public StringProperty protocolProperty() {
        return protocol;
    }

    /** @return the destination port as typed ("" for the default) */
    public StringProperty portProperty() {
        return port;
    }

    /** @return the HTTP Host header */
    public StringProperty httpHostProperty() {
        return httpHost;
    }

    /** @return the HTTP path */
    public StringProperty httpPathProperty() {
        return httpPath;
    }

    /** @return the HTTP method */
    public StringProperty httpMethodProperty() {
        return httpMethod;
    }
}
