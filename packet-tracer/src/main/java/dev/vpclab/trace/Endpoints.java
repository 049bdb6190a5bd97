package dev.vpclab.trace;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.lb.CompiledLoadBalancer;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetClient;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves what people type as a trace's source or destination: an instance or ENI id, a load balancer's name,
 * ARN or DNS name, a DB instance identifier or endpoint address, a Name tag, an IP address, an AWS service name
 * ("com.amazonaws.us-east-1.s3"), or {@code internet} (a client at 198.51.100.77). An address outside every VPC
 * is a host on the internet, or on premises when an on-premises network holds it.
 */
public final class Endpoints {

    private static final List<Class<? extends Resource>> NAMED = List.of(Instance.class, NetworkInterface.class, DbInstance.class,
            InternetClient.class, OnPremisesNetwork.class, NatGateway.class, VpcEndpoint.class);

    private Endpoints() {
    }

    /**
     * @param net the network
     * @param spec what the user typed
     * @return the endpoint
     * @throws EndpointException when the spec names nothing or several things
     */
    public static Endpoint resolve(Network net, String spec) {
        String s = spec == null ? "" : spec.trim();
        if (s.isEmpty()) {
            throw new EndpointException(Message.of("trace.endpoint.required"), List.of());
        }
        if (s.equalsIgnoreCase("internet")) {
            return Endpoint.internet(Endpoint.INTERNET_CLIENT);
        }
        if (Ipv4Address.isValid(s)) {
            return byAddress(net, Ipv4Address.parse(s), s);
        }
        Endpoint byId = byId(net, s);
        if (byId != null) {
            return byId;
        }
        for (CompiledLoadBalancer lb : net.loadBalancers()) {
            if (lb.loadBalancer().name().equals(s) || lb.loadBalancer().dnsName().equalsIgnoreCase(s)) {
                return Endpoint.of(lb);
            }
        }
        for (DbInstance db : net.document().all(DbInstance.class)) {
            if (db.endpointAddress().equalsIgnoreCase(s)) {
                return byId(net, db.id());
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("com.amazonaws.") || lower.endsWith(".amazonaws.com")) {
            return Endpoint.service(s);
        }
        return byName(net, s);
    }

    private static Endpoint byId(Network net, String id) {
        if (id.startsWith("i-")) {
            Instance instance = net.document().get(id, Instance.class);
            if (instance != null) {
                AttachmentPoint p = net.primaryInterface(id);
                if (p == null) {
                    throw new EndpointException(Message.of("trace.endpoint.noInterface", id), List.of());
                }
                return Endpoint.of(p);
            }
        }
        AttachmentPoint point = net.attachment(id);
        if (point != null) {
            Endpoint e = Endpoint.of(point);
            DbInstance db = net.document().get(id, DbInstance.class);
            return db == null ? e : e.withDefaultPort(db.port());
        }
        CompiledLoadBalancer lb = net.loadBalancer(id);
        if (lb != null) {
            return Endpoint.of(lb);
        }
        Resource r = net.document().get(id);
        if (r instanceof InternetClient c) {
            return Endpoint.internet(c.publicIp());
        }
        if (r instanceof OnPremisesNetwork n) {
            return onPremises(n);
        }
        if (r instanceof VpcEndpoint e) {
            List<AttachmentPoint> points = net.endpointInterfaces(e.id());
            if (!points.isEmpty()) {
                return Endpoint.of(points.get(0));
            }
            return Endpoint.service(e.serviceName());
        }
        return null;
    }

    private static Endpoint onPremises(OnPremisesNetwork n) {
        if (n.cidrs().isEmpty()) {
            throw new EndpointException(Message.of("trace.endpoint.noBlock", n.label()), List.of());
        }
        Cidr first = n.cidrs().get(0);
        return Endpoint.onPremises(n, first.address(Math.min(10, first.size() - 1)));
    }

    private static Endpoint byAddress(Network net, Ipv4Address ip, String text) {
        AttachmentPoint pub = net.attachmentByPublicIp(ip);
        if (pub != null) {
            return lbOr(net, pub, new Endpoint(EndpointKind.INTERFACE, pub.ownerId(), pub.label(), ip, pub, null, null, pub.vpcId(), 0));
        }
        List<AttachmentPoint> holders = new ArrayList<>();
        List<CompiledVpc> vpcs = net.vpcsContaining(ip);
        for (CompiledVpc v : net.vpcs()) {
            AttachmentPoint p = v.attachmentAt(ip);
            if (p != null) {
                holders.add(p);
            }
        }
        if (holders.size() == 1) {
            AttachmentPoint p = holders.get(0);
            return lbOr(net, p, new Endpoint(EndpointKind.INTERFACE, p.ownerId(), p.label(), ip, p, null, null, p.vpcId(), 0));
        }
        if (holders.size() > 1) {
            List<String> names = new ArrayList<>();
            for (AttachmentPoint p : holders) {
                names.add(p.ownerId() + " in " + p.vpcId());
            }
            throw new EndpointException(Message.of("trace.endpoint.sharedAddress", text, holders.size(), String.join(", ", names)), names);
        }
        if (vpcs.size() == 1) {
            return new Endpoint(EndpointKind.VPC_ADDRESS, vpcs.get(0).id(), ip + " in " + vpcs.get(0).id(), ip, null, null, null,
                    vpcs.get(0).id(), 0);
        }
        if (vpcs.size() > 1) {
            // Overlapping VPCs (not peered with each other): the source's routes decide which one the packet enters.
            return new Endpoint(EndpointKind.VPC_ADDRESS, text, text + " (unused address)", ip, null, null, null, null, 0);
        }
        OnPremisesNetwork onPrem = net.onPremisesHolding(ip);
        if (onPrem != null) {
            return Endpoint.onPremises(onPrem, ip);
        }
        return Endpoint.internet(ip);
    }

    private static Endpoint lbOr(Network net, AttachmentPoint p, Endpoint plain) {
        if (p.kind() == AttachmentKind.LOAD_BALANCER_NODE) {
            return Endpoint.of(net.loadBalancer(p.componentId()));
        }
        DbInstance db = net.document().get(p.componentId(), DbInstance.class);
        return db == null ? plain : plain.withDefaultPort(db.port());
    }

    private static Endpoint byName(Network net, String name) {
        List<Resource> found = new ArrayList<>();
        for (Class<? extends Resource> type : NAMED) {
            for (Resource r : net.document().all(type)) {
                if (r.name().equals(name)) {
                    found.add(r);
                }
            }
        }
        if (found.isEmpty()) {
            for (Class<? extends Resource> type : NAMED) {
                for (Resource r : net.document().all(type)) {
                    if (r.name().equalsIgnoreCase(name)) {
                        found.add(r);
                    }
                }
            }
        }
        if (found.size() == 1) {
            Endpoint e = byId(net, found.get(0).id());
            if (e != null) {
                return e;
            }
        }
        if (found.size() > 1) {
            List<String> names = new ArrayList<>();
            for (Resource r : found) {
                names.add(r.id() + " (" + r.kind().awsName() + ")");
            }
            throw new EndpointException(Message.of("trace.endpoint.ambiguous", name, found.size(), String.join(", ", names)), names);
        }
        throw new EndpointException(Message.of("trace.endpoint.unknown", name), List.of());
    }
}
