package dev.vpclab.trace.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.engine.Network;
import dev.vpclab.engine.NetworkCompiler;
import dev.vpclab.engine.lb.HttpRequest;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.io.DocumentFormat;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.trace.Endpoints;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceRequest;
import dev.vpclab.trace.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every trace saved in the shipped samples gives the verdict the sample promises (the teaching network's traces
 * each stop at one of its mistakes, with the code a student will read).
 */
class SavedTracesTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Map<String, String> BROKEN_CODES = Map.of(
            "Visit the shop", "SUBNET_ACL_RESTRICTION",
            "App server downloads updates", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS",
            "Worker downloads updates", "NO_ROUTE_TO_DESTINATION");

    static Stream<Arguments> traces() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".vpclab")).sorted().toList()) {
                Document doc = DocumentFormat.load(f);
                for (SavedTrace t : doc.traces()) {
                    out.add(Arguments.of(f.getFileName().toString(), t.name(), doc, t));
                }
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(14);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("traces")
    void theSavedTraceGivesTheVerdictTheSamplePromises(String file, String name, Document doc, SavedTrace t) {
        Network net = NetworkCompiler.compile(doc);
        HttpRequest http = t.httpPath() == null && t.httpHost() == null ? null
                : HttpRequest.of(t.httpHost(), t.httpPath() == null ? "/" : t.httpPath(), t.httpMethod() == null ? "GET" : t.httpMethod());
        TraceRequest req = new TraceRequest(Endpoints.resolve(net, t.from()), Endpoints.resolve(net, t.to()), Protocol.parse(t.protocol()),
                t.port(), t.sourcePort(), null, http);
        Trace trace = new Tracer(net).trace(req);
        assertThat(t.expectReachable()).as("every sample trace states its expectation").isNotNull();
        assertThat(trace.reachable()).as(trace.explanationCode()).isEqualTo(t.expectReachable());
        if (file.equals("broken-network.vpclab")) {
            assertThat(trace.explanationCode()).isEqualTo(BROKEN_CODES.get(name));
            assertThat(trace.suggestedFix()).as("a teaching trace offers a fix").isNotNull();
            if (name.equals("Worker downloads updates")) {
                assertThat(trace.suggestedFix().changes()).as("into the real public subnet, not the 'private' one routed to the IGW")
                        .containsExactly(new dev.vpclab.trace.fix.DocumentChange.MoveNatGateway("nat-0shop", "subnet-0web"));
            }
        }
    }
}
