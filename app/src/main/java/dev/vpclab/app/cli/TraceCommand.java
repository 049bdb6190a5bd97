package dev.vpclab.app.cli;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.trace.Endpoint;
import dev.vpclab.trace.EndpointException;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import dev.vpclab.trace.format.TraceFormatter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vpclab trace MODEL --from SRC --to DST …}: one request through the network, forward and return, hop by
 * hop; exit 0 when it is reachable, 1 when it is not, 2 for bad input.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trace one request through the network, forward and return, naming the rule that decides each hop.",
                "SRC and DST: an instance or ENI id, a load balancer's name or ARN, a DB identifier, a Name tag, an IP address,",
                "a DNS name of a load balancer or DB, or 'internet' (a client at 198.51.100.77).",
                "Exit status: 0 reachable, 1 not reachable, 2 bad input."})
public final class TraceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "A .vpclab file or a folder of AWS CLI JSON outputs.")
    private String model;

    @Option(names = "--from", required = true, paramLabel = "SRC", description = "Where the request starts.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DST", description = "Where it goes.")
    private String to;

    @Option(names = "--protocol", paramLabel = "tcp|udp|icmp", defaultValue = "tcp", description = "Default: tcp.")
    private String protocol;

    @Option(names = "--port", paramLabel = "N", description = "Destination port (default: the DB's port, the load balancer's first listener, else 443).")
    private Integer port;

    @Option(names = "--source-port", paramLabel = "N", description = "The client's ephemeral port (default 49152).")
    private Integer sourcePort;

    @Option(names = "--http-host", paramLabel = "H", description = "HTTP Host header, for Application Load Balancer rules.")
    private String httpHost;

    @Option(names = "--http-path", paramLabel = "P", description = "HTTP path (default /).")
    private String httpPath;

    @Option(names = "--http-method", paramLabel = "M", description = "HTTP method (default GET).")
    private String httpMethod;

    @Option(names = "--http-header", paramLabel = "NAME:VALUE", description = "An HTTP header (repeatable).")
    private List<String> httpHeaders = List.of();

    @Option(names = "--http-query", paramLabel = "Q", description = "The query string, e.g. version=2&lang=ko.")
    private String httpQuery;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default text).")
    private String format;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = common.locale();
        boolean json = parseFormat();
        Protocol proto = parseProtocol();
        int dstPort = port == null ? 0 : checkPort("--port", port, 1);
        int srcPort = sourcePort == null ? TraceRequest.DEFAULT_SOURCE_PORT : checkPort("--source-port", sourcePort, 1);
        HttpRequest http = http();
        ModelLoader.Loaded loaded = ModelLoader.load(model, locale);
        ModelLoader.report(loaded, model, common.verbose(), spec.commandLine().getErr());
        Network network = NetworkCompiler.compile(loaded.document());
        Trace trace;
        try {
            Endpoint source = Endpoints.resolve(network, from);
            Endpoint destination = Endpoints.resolve(network, to);
            TraceRequest request = new TraceRequest(source, destination, proto, dstPort, srcPort, null, http);
            trace = new Tracer(network).trace(request);
        } catch (EndpointException e) {
            throw new UserInputException(e.message().format(locale));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(TraceFormatter.json(trace));
        } else {
            out.print(TraceFormatter.text(trace, locale));
        }
        return trace.reachable() ? ExitCode.OK : ExitCode.NEGATIVE;
    }

    private boolean parseFormat() {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "text": return false;
            case "json": return true;
            default: throw new UserInputException("--format takes text or json, not '" + format + "'");
        }
    }

    private Protocol parseProtocol() {
        switch (protocol.toLowerCase(Locale.ROOT)) {
            case "tcp": return Protocol.TCP;
            case "udp": return Protocol.UDP;
            case "icmp": return Protocol.ICMP;
            default: throw new UserInputException("--protocol takes tcp, udp or icmp, not '" + protocol + "'");
        }
    }

    private static int checkPort(String option, int value, int min) {
        if (value < min || value > 65535) {
            throw new UserInputException(option + " " + value + " is not a port: use " + min + " to 65535");
        }
        return value;
    }

    private HttpRequest http() {
        if (httpHost == null && httpPath == null && httpMethod == null && httpHeaders.isEmpty() && httpQuery == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : httpHeaders) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new UserInputException("--http-header '" + h + "' must look like NAME:VALUE, e.g. X-Env:prod");
            }
            headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        String path = httpPath == null ? "/" : httpPath;
        if (!path.startsWith("/")) {
            throw new UserInputException("--http-path '" + httpPath + "' must start with /");
        }
        try {
            return new HttpRequest(httpHost, path, httpMethod == null ? "GET" : httpMethod, headers, httpQuery == null ? "" : httpQuery);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
