package dev.vpclab.trace.walk;

import dev.vpclab.engine.AttachmentKind;
import dev.vpclab.engine.AttachmentPoint;
import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.engine.CompiledVpc;
import dev.vpclab.engine.Network;
import dev.vpclab.engine.Packet;
import dev.vpclab.engine.RuleText;
import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.engine.route.CompiledRoute;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.engine.route.RouteTargetKind;
import dev.vpclab.engine.tgw.CompiledTgwAttachment;
import dev.vpclab.engine.tgw.CompiledTransitGateway;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.IcmpTypeCode;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.net.RuleAction;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NatGateway;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.OnPremisesNetwork;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.TransitGatewayAttachment.AttachmentType;
import dev.vpclab.model.resource.VpcPeeringConnection;
import dev.vpclab.trace.fix.DocumentChange;
import dev.vpclab.trace.fix.SuggestedFix;
import java.util.List;

/**
 * Works out the concrete change that would let a blocked packet through: the network ACL rule with a free
 * number before the rule that denied, the security-group rule (an SG reference where the peer carries a group,
 * else a block), the missing route and its likely target, the Elastic IP, the source/destination check.
 */
final class FixAdvisor {

    private FixAdvisor() {
    }

    /** @return "TCP 443", "UDP 53", "ICMP 8:0": the packet's traffic as a rule would name it */
    static String trafficWord(Packet p) {
        if (p.protocol().hasPorts()) {
            return (p.protocolNumber() == 6 ? "TCP " : "UDP ") + p.destinationPort();
        }
        return RuleText.traffic(p.protocol(), null, p.icmp());
    }

    private static String trafficText(Protocol protocol, PortRange ports, IcmpTypeCode icmp) {
        return RuleText.traffic(protocol, ports, icmp).replace('-', '–');
    }

    static SuggestedFix acl(Walk w, CompiledSubnet s, CompiledNetworkAcl acl, TrafficDirection direction, int decidingIndex) {
        Packet p = w.packet;
        boolean in = direction == TrafficDirection.INBOUND;
        PortRange ports = p.protocol().hasPorts() ? (w.reply ? PortRange.EPHEMERAL : PortRange.of(p.destinationPort())) : null;
        Cidr peer = peerBlock(w.net, in ? p.source() : p.destination());
        int number = freeRuleNumber(acl.entries(direction), decidingIndex == CompiledNetworkAcl.IMPLICIT_DENY ? -1
                : acl.entry(direction, decidingIndex).ruleNumber());
        if (number < 0) {
            return SuggestedFix.of(Msg.of("trace.fix.acl.full", acl.id()));
        }
        NetworkAclEntry entry = new NetworkAclEntry(number, direction, p.protocol(), ports, p.icmp(), peer, RuleAction.ALLOW);
        return SuggestedFix.of(Msg.of(in ? "trace.fix.acl.in" : "trace.fix.acl.out", acl.id(), number,
                trafficText(p.protocol(), ports, p.icmp()), peer.toString()), new DocumentChange.AddNaclEntry(acl.id(), entry));
    }

    /**
     * A free rule number that comes before the deciding deny: the lowest free multiple of 10 below it, or for
     * the final "*" rule the next multiple of 10 after the highest rule.
     *
     * @param entries the direction's rules
     * @param denyingNumber the rule number that denied, or −1 for the "*" rule
     * @return the number, or −1 when none is free
     */
    static int freeRuleNumber(List<NetworkAclEntry> entries, int denyingNumber) {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        int highest = 0;
        for (NetworkAclEntry e : entries) {
            used.add(e.ruleNumber());
            highest = Math.max(highest, e.ruleNumber());
        }
        if (denyingNumber < 0) {
            for (int n = (highest / 10 + 1) * 10; n <= NetworkAclEntry.MAX_RULE_NUMBER; n += 10) {
                if (!used.contains(n)) {
                    return n;
                }
            }
            denyingNumber = NetworkAclEntry.MAX_RULE_NUMBER + 1;
        }
        for (int n = 10; n < denyingNumber; n += 10) {
            if (!used.contains(n)) {
                return n;
            }
        }
        for (int n = 1; n < denyingNumber; n++) {
            if (!used.contains(n)) {
                return n;
            }
        }
        return -1;
    }

    /** The block a rule should name for an address: the subnet or on-premises block holding it, else 0.0.0.0/0. */
    static Cidr peerBlock(Network net, Ipv4Address address) {
        for (CompiledVpc v : net.vpcsContaining(address)) {
            CompiledSubnet s = net.subnetHolding(v.id(), address);
            return s != null ? s.cidr() : Cidr.of(address, 32);
        }
        OnPremisesNetwork onPrem = net.onPremisesHolding(address);
        if (onPrem != null) {
            for (Cidr c : onPrem.cidrs()) {
                if (c.contains(address)) {
                    return c;
                }
            }
        }
        return address.isRfc1918() || address.isRfc6598() ? Cidr.of(address, 32) : Cidr.ALL;
    }

    static SuggestedFix securityGroup(Walk w, AttachmentPoint point, TrafficDirection direction) {
        if (point.securityGroups().isEmpty()) {
            return SuggestedFix.of(Msg.of("trace.fix.sg.attach", point.componentId()));
        }
        String groupId = point.securityGroups().groups().get(0).id();
        Packet p = w.packet;
        boolean in = direction == TrafficDirection.INBOUND;
        Ipv4Address peerAddress = in ? p.source() : p.destination();
        RulePeer peer = null;
        AttachmentPoint other = w.net.attachmentAt(point.vpcId(), peerAddress);
        if (other != null && !other.securityGroups().isEmpty() && other.hasSecurityGroups()) {
            peer = RulePeer.group(other.securityGroups().groups().get(0).id());
        }
        if (peer == null) {
            peer = RulePeer.cidr(peerBlock(w.net, peerAddress));
        }
        PortRange ports = p.protocol().hasPorts() ? PortRange.of(p.destinationPort()) : null;
        SecurityGroupRule rule = new SecurityGroupRule(p.protocol(), ports, p.icmp(), peer, "");
        return SuggestedFix.of(Msg.of(in ? "trace.fix.sg.in" : "trace.fix.sg.out", groupId, trafficText(p.protocol(), ports, p.icmp()),
                peer.toString()), new DocumentChange.AddSecurityGroupRule(groupId, direction, rule));
    }

    static SuggestedFix route(Walk w, CompiledRouteTable table, Ipv4Address target) {
        Network net = w.net;
        CompiledVpc vpc = net.vpc(table.vpcId());
        for (CompiledVpc other : net.vpcsContaining(target)) {
            if (other == vpc) {
                continue;
            }
            Cidr block = blockOf(other.cidrs(), target);
            for (VpcPeeringConnection pcx : net.document().all(VpcPeeringConnection.class)) {
                if (pcx.status() == VpcPeeringConnection.Status.ACTIVE && other.id().equals(pcx.peerOf(vpc.id()))) {
                    return addRoute(table, block, pcx.id());
                }
            }
            String tgw = commonTransitGateway(net, vpc.id(), other.id());
            if (tgw != null) {
                return addRoute(table, block, tgw);
            }
            return SuggestedFix.of(Msg.of("trace.fix.connect", vpc.id(), other.id()));
        }
        OnPremisesNetwork onPrem = net.onPremisesHolding(target);
        if (onPrem != null) {
            Cidr block = blockOf(onPrem.cidrs(), target);
            if (onPrem.gatewayId() != null && onPrem.gatewayId().equals(vpc.vpnGatewayId())) {
                return addRoute(table, block, onPrem.gatewayId());
            }
            if (onPrem.gatewayId() != null && onPrem.gatewayId().startsWith("tgw-") && net.transitGateway(onPrem.gatewayId()) != null
                    && net.transitGateway(onPrem.gatewayId()).attachmentOf(AttachmentType.VPC, vpc.id()) != null) {
                return addRoute(table, block, onPrem.gatewayId());
            }
            return SuggestedFix.of(Msg.of("trace.fix.route.none", table.id(), target.toString()));
        }
        if (target.isRfc1918() || target.isRfc6598()) {
            return SuggestedFix.of(Msg.of("trace.fix.route.none", table.id(), target.toString()));
        }
        AttachmentPoint source = vpc.attachmentAt(w.packet.source());
        boolean hasPublic = source != null && source.publicIpFor(w.packet.source()) != null;
        if (source != null && source.kind() == AttachmentKind.NAT_GATEWAY && vpc.internetGatewayId() != null) {
            // A NAT gateway in a subnet without a route to the internet gateway: the lesson is "NAT gateways live in
            // public subnets", not "make this subnet public".
            String publicSubnet = publicSubnetFor(net, vpc, source.availabilityZone());
            if (publicSubnet != null && !publicSubnet.equals(source.subnet().id())) {
                return SuggestedFix.of(Msg.of("trace.fix.moveNat", source.componentId(), net.document().get(publicSubnet).label()),
                        new DocumentChange.MoveNatGateway(source.componentId(), publicSubnet));
            }
        }
        if (vpc.internetGatewayId() != null && (hasPublic || (source != null && source.kind() == AttachmentKind.NAT_GATEWAY))) {
            return addRoute(table, Cidr.ALL, vpc.internetGatewayId());
        }
        AttachmentPoint nat = natFor(net, vpc, source == null ? null : source.availabilityZone());
        if (nat != null && !hasPublic) {
            return addRoute(table, Cidr.ALL, nat.componentId());
        }
        return SuggestedFix.of(Msg.of("trace.fix.route.none", table.id(), target.toString()));
    }

    /**
     * The best subnet of the VPC to hold a public NAT gateway: one whose route table sends 0.0.0.0/0 to the internet
     * gateway, preferring the NAT gateway's zone, then a subnet not named as private (a "private" subnet routed to
     * the gateway is a mistake of its own), then one already holding something with a public address.
     */
    private static String publicSubnetFor(Network net, CompiledVpc vpc, String zone) {
        String best = null;
        int bestScore = -1;
        for (dev.vpclab.model.resource.Subnet s : net.document().subnetsOf(vpc.id())) {
            boolean toIgw = net.document().routeTableOf(s).map(t -> t.routes().stream().anyMatch(r -> Cidr.ALL.equals(r.destinationCidr())
                    && vpc.internetGatewayId().equals(r.target()))).orElse(false);
            if (!toIgw) {
                continue;
            }
            String name = s.name().toLowerCase(java.util.Locale.ROOT);
            boolean namedPrivate = name.contains("private") || name.contains("app") || name.contains("db") || name.contains("data")
                    || name.contains("프라이빗");
            boolean holdsPublic = net.document().interfacesIn(s.id()).stream().anyMatch(e -> e.publicIp() != null
                    || !net.document().elasticIpsOf(e.id()).isEmpty());
            int score = (s.availabilityZoneId().equals(zone) ? 4 : 0) + (namedPrivate ? 0 : 2) + (holdsPublic ? 1 : 0);
            if (score > bestScore) {
                best = s.id();
                bestScore = score;
            }
        }
        return best;
    }

    private static SuggestedFix addRoute(CompiledRouteTable table, Cidr block, String target) {
        return SuggestedFix.of(Msg.of("trace.fix.route", table.id(), block.toString(), target),
                new DocumentChange.AddRoute(table.id(), Route.to(block, target)));
    }

    private static Cidr blockOf(List<Cidr> blocks, Ipv4Address address) {
        for (Cidr c : blocks) {
            if (c.contains(address)) {
                return c;
            }
        }
        return Cidr.of(address, 32);
    }

    private static String commonTransitGateway(Network net, String a, String b) {
        for (CompiledTransitGateway tgw : net.transitGateways()) {
            if (tgw.attachmentOf(AttachmentType.VPC, a) != null && tgw.attachmentOf(AttachmentType.VPC, b) != null) {
                return tgw.id();
            }
        }
        return null;
    }

    /** A working public NAT gateway of the VPC, preferring the zone. */
    private static AttachmentPoint natFor(Network net, CompiledVpc vpc, String zone) {
        AttachmentPoint any = null;
        for (NatGateway nat : net.document().all(NatGateway.class)) {
            AttachmentPoint p = net.attachment(nat.id());
            if (p == null || !p.usable() || !p.vpcId().equals(vpc.id()) || p.kind() != AttachmentKind.NAT_GATEWAY
                    || nat.connectivityType() != NatGateway.Connectivity.PUBLIC) {
                continue;
            }
            if (zone != null && zone.equals(p.availabilityZone())) {
                return p;
            }
            if (any == null) {
                any = p;
            }
        }
        return any;
    }

    static SuggestedFix blackhole(Walk w, CompiledRouteTable table, CompiledRoute r) {
        String destination = r.prefixListId() != null ? r.prefixListId() : r.destination().toString();
        if (r.targetKind() == RouteTargetKind.NAT_GATEWAY) {
            CompiledVpc vpc = w.net.vpc(table.vpcId());
            AttachmentPoint source = vpc.attachmentAt(w.packet.source());
            AttachmentPoint nat = natFor(w.net, vpc, source == null ? null : source.availabilityZone());
            if (nat != null) {
                return SuggestedFix.of(Msg.of("trace.fix.route.replace", table.id(), destination, nat.componentId()),
                        new DocumentChange.ReplaceRouteTarget(table.id(), destination, nat.componentId()));
            }
        }
        return SuggestedFix.of(Msg.of("trace.fix.blackhole", table.id(), destination, r.target()));
    }

    static SuggestedFix elasticIp(AttachmentPoint point) {
        if (point.kind() != AttachmentKind.INSTANCE && point.kind() != AttachmentKind.STANDALONE_ENI) {
            return SuggestedFix.of(Msg.of("trace.fix.publicAddress", point.componentId()));
        }
        return SuggestedFix.of(Msg.of("trace.fix.eip", point.componentId(), point.label()),
                new DocumentChange.AssociateElasticIp(point.componentId(), point.primaryIp()));
    }

    static SuggestedFix sourceDestCheck(AttachmentPoint point) {
        return SuggestedFix.of(Msg.of("trace.fix.sourceDestCheck", point.componentId()),
                new DocumentChange.DisableSourceDestCheck(point.componentId()));
    }

    static SuggestedFix start(AttachmentPoint point) {
        return SuggestedFix.of(Msg.of("trace.fix.start", point.ownerId()), new DocumentChange.StartInstance(point.ownerId()));
    }

    static SuggestedFix transitivePeering(Walk w, CompiledVpc from, Ipv4Address target) {
        List<CompiledVpc> holders = w.net.vpcsContaining(target);
        if (holders.isEmpty()) {
            return SuggestedFix.of(Msg.of("trace.fix.noEdgeToEdge", from.id()));
        }
        return SuggestedFix.of(Msg.of("trace.fix.connect", from.id(), holders.get(0).id()));
    }

    static SuggestedFix tgwSubnet(CompiledTgwAttachment att, CompiledSubnet from) {
        if (from == null) {
            return null;
        }
        return SuggestedFix.of(Msg.of("trace.fix.tgwSubnet", att.id(), from.availabilityZone(), from.id()),
                new DocumentChange.AddTransitGatewayAttachmentSubnet(att.id(), from.id()));
    }

    static SuggestedFix crossZone(String targetGroupId) {
        return SuggestedFix.of(Msg.of("trace.fix.crossZone", targetGroupId),
                new DocumentChange.SetTargetGroupCrossZone(targetGroupId, true));
    }
}
