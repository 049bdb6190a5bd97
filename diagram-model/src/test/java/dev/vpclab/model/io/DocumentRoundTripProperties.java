package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.DocumentInfo;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.References;
import dev.vpclab.model.document.SavedSimulation;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random small documents round-trip: any subset of the every-kind fixture (kept consistent the way deleting
 * does it), plus resources full of random network values, random layout, text in any script, traces and
 * simulations, reads back equal and writes back to the same text.
 */
class DocumentRoundTripProperties {

    private static final Document EVERY = Fixtures.everyKind();
    private static final List<String> IDS = EVERY.all().stream().map(Resource::id).toList();

    @Property(tries = 300)
    void aDocumentReadsBackEqualAndWritesBackToTheSameText(@ForAll("documents") Document doc) throws Exception {
        String json = DocumentFormat.toJson(doc);

        ReadResult back = DocumentFormat.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "random.vpclab");

        assertThat(back.document()).isEqualTo(doc);
        assertThat(back.warnings()).isEmpty();
        assertThat(DocumentFormat.toJson(back.document())).isEqualTo(json);
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Set<String>> removed = Arbitraries.subsetOf(IDS);
        Arbitrary<List<Resource>> extra = Combinators.combine(cidr().list().ofMinSize(1).ofMaxSize(3), text(),
                securityGroupRule().list().ofMaxSize(6), aclEntry().list().ofMaxSize(6), route().list().ofMaxSize(5))
                .as(DocumentRoundTripProperties::extraResources);
        Arbitrary<List<Bounds>> bounds = bounds().list().ofMaxSize(IDS.size() + 8);
        Arbitrary<DocumentInfo> info = Combinators.combine(text(), text()).as(DocumentInfo::new);
        Arbitrary<List<SavedTrace>> traces = trace().list().ofMaxSize(3);
        Arbitrary<List<SavedSimulation>> simulations = simulation().list().ofMaxSize(2);
        return Combinators.combine(removed, extra, bounds, info, traces, simulations)
                .as(DocumentRoundTripProperties::document);
    }

    private static Document document(Set<String> removed, List<Resource> extra, List<Bounds> bounds, DocumentInfo info,
                                     List<SavedTrace> traces, List<SavedSimulation> simulations) {
        References.Removal plan = References.planRemoval(EVERY, removed);
        Document doc = EVERY.without(plan.removed().stream().map(Resource::id).toList()).withAll(plan.changed()).withAll(extra);
        List<String> keys = new ArrayList<>(doc.all().stream().map(Resource::id).toList());
        keys.add(Layout.azColumnKey("vpc-prop", "us-east-1a"));
        keys.add("gone-1");
        Map<String, Bounds> layout = new HashMap<>();
        for (int i = 0; i < bounds.size() && i < keys.size(); i++) {
            layout.put(keys.get((i * 7) % keys.size()), bounds.get(i));
        }
        return doc.withLayout(Layout.of(layout)).withInfo(info).withTraces(traces).withSimulations(simulations);
    }

    private static List<Resource> extraResources(List<Cidr> blocks, String name, List<SecurityGroupRule> rules,
                                                 List<NetworkAclEntry> entries, List<Route> routes) {
        return List.of(
                new Region("prop-1", name),
                new Vpc("vpc-prop", name, "prop-1", blocks, blocks.size() > 1, blocks.size() > 2),
                new SecurityGroup("sg-prop", name, "vpc-prop", name, name, rules, List.copyOf(rules.subList(0, rules.size() / 2))),
                new NetworkAcl("acl-prop", name, "vpc-prop", entries.isEmpty(), entries),
                new RouteTable("rtb-prop", name, "vpc-prop", routes.size() % 2 == 0, routes, List.of(), List.of()));
    }

    /** Text in several scripts, with quotes, backslashes, control characters and emoji. */
    private static Arbitrary<String> text() {
        Arbitrary<String> chars = Arbitraries.strings().ofMaxLength(24).withCharRange(' ', '~').withCharRange('가', '힣')
                .withChars('\n', '\t', '\r', '\u0000', '\u001f', '"', '\\', '/', 'é', '€', '\u2028');
        return Arbitraries.oneOf(chars, Arbitraries.of("", " ", "😀 클라우드", "a\"b\\c", "</script>"));
    }

    private static Arbitrary<Cidr> cidr() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 32))
                .as((bits, length) -> Cidr.of(new Ipv4Address(bits), length));
    }

    private static Arbitrary<PortRange> ports() {
        return Combinators.combine(Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535))
                .as((a, b) -> new PortRange(Math.min(a, b), Math.max(a, b)));
    }

    private static Arbitrary<Protocol> protocol() {
        return Arbitraries.oneOf(Arbitraries.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP, Protocol.ALL),
                Arbitraries.integers().between(-1, 255).map(Protocol::new));
    }

    private static Arbitrary<IcmpTypeCode> icmp() {
        return Combinators.combine(Arbitraries.integers().between(-1, 255), Arbitraries.integers().between(-1, 255))
                .as(IcmpTypeCode::new);
    }

    private static Arbitrary<RulePeer> peer() {
        Arbitrary<String> suffix = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(17);
        return Arbitraries.oneOf(cidr().map(RulePeer::cidr), suffix.map(s -> RulePeer.group("sg-" + s)),
                suffix.map(s -> RulePeer.parse("pl-" + s)));
    }

    private static Arbitrary<SecurityGroupRule> securityGroupRule() {
        return Combinators.combine(protocol(), ports().injectNull(0.3), icmp().injectNull(0.3), peer(), text())
                .as(SecurityGroupRule::new);
    }

    private static Arbitrary<NetworkAclEntry> aclEntry() {
        return Combinators.combine(Arbitraries.integers().between(1, NetworkAclEntry.MAX_RULE_NUMBER),
                Arbitraries.of(TrafficDirection.class), protocol(), ports().injectNull(0.3), icmp().injectNull(0.3), cidr(),
                Arbitraries.of(RuleAction.class)).as(NetworkAclEntry::new);
    }

    private static Arbitrary<Route> route() {
        return Combinators.combine(cidr(), Arbitraries.of(Route.LOCAL, "igw-1", "igw-deleted", "pcx-1", "eni-web"),
                Arbitraries.of(RouteOrigin.class)).as((c, target, origin) -> new Route(c, null, target, origin));
    }

    private static Arbitrary<Bounds> bounds() {
        Arbitrary<Double> position = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.integers().between(-5000, 5000).map(Integer::doubleValue), Arbitraries.of(-0.0, 0.1, 1e-9, 123456.789));
        Arbitrary<Double> size = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e5), Arbitraries.of(0.0, 64.0, 0.5));
        return Combinators.combine(position, position, size, size, Arbitraries.of(true, false)).as(Bounds::new);
    }

    private static Arbitrary<SavedTrace> trace() {
        Arbitrary<String> endpoint = Arbitraries.of("internet", "i-web", "10.0.1.10", "web-alb", "client-1");
        Arbitrary<Integer> port = Arbitraries.integers().between(0, 65535);
        return Combinators.combine(text(), text(), endpoint, endpoint, Arbitraries.of("tcp", "udp", "icmp"), port, port,
                text().injectNull(0.5)).as((name, description, from, to, protocol, p, sp, http) ->
                new SavedTrace(name, description, from, to, protocol, p, sp, http, http == null ? null : "/" + http,
                        http == null ? null : "GET", http == null ? null : http.length() % 2 == 0));
    }

    private static Arbitrary<SavedSimulation> simulation() {
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), text(), text().list().ofMaxSize(6))
                .as(SavedSimulation::new);
    }
}
