package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.RouteOrigin;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule lists the rule and route commands edit: finding an entry, and rebuilding a network ACL, security
 * group or route table with a changed list (every other field kept).
 */
final class RuleLists {

    private RuleLists() {
    }

    /**
     * @param acl a network ACL
     * @param direction a direction
     * @param ruleNumber a rule number
     * @return the entry's index in {@link NetworkAcl#entries()}, or -1
     */
    static int indexOf(NetworkAcl acl, TrafficDirection direction, int ruleNumber) {
        for (int i = 0; i < acl.entries().size(); i++) {
            NetworkAclEntry e = acl.entries().get(i);
            if (e.direction() == direction && e.ruleNumber() == ruleNumber) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses a rule number AWS does not allow: 1–32766; 32767 is the fixed final deny
     * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html).
     *
     * @param acl the ACL
     * @param entry the entry
     */
    static void checkRuleNumber(NetworkAcl acl, NetworkAclEntry entry) {
        if (entry.ruleNumber() < 1 || entry.ruleNumber() > NetworkAclEntry.MAX_RULE_NUMBER) {
            throw CommandException.of("nacl.ruleNumber", acl.id(), String.valueOf(entry.ruleNumber()));
        }
    }

    /** @param acl an ACL @param entries its new entries @return the ACL with them */
    static NetworkAcl with(NetworkAcl acl, List<NetworkAclEntry> entries) {
        return new NetworkAcl(acl.id(), acl.name(), acl.vpcId(), acl.isDefault(), entries);
    }

    /** @param group a group @param direction a direction @return that direction's rules */
    static List<SecurityGroupRule> rules(SecurityGroup group, TrafficDirection direction) {
        return direction == TrafficDirection.INBOUND ? group.ingress() : group.egress();
    }

    /** @param group a group @param direction a direction @param rules new rules @return the group with them */
    static SecurityGroup with(SecurityGroup group, TrafficDirection direction, List<SecurityGroupRule> rules) {
        return new SecurityGroup(group.id(), group.name(), group.vpcId(), group.groupName(), group.description(),
                direction == TrafficDirection.INBOUND ? rules : group.ingress(),
                direction == TrafficDirection.OUTBOUND ? rules : group.egress());
    }

    /**
     * AWS refuses a rule that matches an existing one apart from its description ("InvalidPermission.Duplicate").
     *
     * @param rules a direction's rules
     * @param rule a new rule
     * @param skip an index to ignore (the rule being edited), or -1
     * @return true if another rule matches the same traffic and peer
     */
    static boolean duplicates(List<SecurityGroupRule> rules, SecurityGroupRule rule, int skip) {
        for (int i = 0; i < rules.size(); i++) {
            SecurityGroupRule r = rules.get(i);
            if (i != skip && r.protocol().equals(rule.protocol()) && Objects.equals(r.portRange(), rule.portRange())
                    && Objects.equals(r.icmp(), rule.icmp()) && r.peer().equals(rule.peer())) {
                return true;
            }
        }
        return false;
    }

    /** @param table a table @param routes its new routes @return the table with them */
    static RouteTable with(RouteTable table, List<Route> routes) {
        return new RouteTable(table.id(), table.name(), table.vpcId(), table.main(), routes, table.edgeAssociations(),
                table.propagatingGatewayIds());
    }

    /**
     * The route a person edits by its destination: the static or endpoint one; a propagated route with the same
     * destination lives beside it and is not edited by hand.
     *
     * @param table a table
     * @param destination a CIDR block or prefix list id as written
     * @return its index, or -1
     */
    static int indexOf(RouteTable table, String destination) {
        int propagated = -1;
        for (int i = 0; i < table.routes().size(); i++) {
            Route r = table.routes().get(i);
            if (r.destination().equals(destination)) {
                if (r.origin() != RouteOrigin.PROPAGATED) {
                    return i;
                }
                propagated = propagated < 0 ? i : propagated;
            }
        }
        return propagated;
    }

    /**
     * Refuses hand edits of routes AWS manages: propagated ones and those a gateway endpoint installs
     * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html).
     *
     * @param table the table
     * @param route the route to edit
     */
    static void checkEditable(RouteTable table, Route route) {
        if (route.origin() == RouteOrigin.PROPAGATED) {
            throw CommandException.of("route.propagated", table.id(), route.destination());
        }
        if (route.origin() == RouteOrigin.ENDPOINT) {
            throw CommandException.of("route.endpoint", table.id(), route.destination(), route.target());
        }
    }

    /**
     * The local route is the one to a block of the table's VPC; there is one per block and it cannot be
     * deleted, only its target replaced (https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html).
     *
     * @param doc the document
     * @param table its table
     * @param route a route
     * @return true if it is a local route
     */
    static boolean isLocalRoute(Document doc, RouteTable table, Route route) {
        if (route.origin() != RouteOrigin.STATIC) {
            return false;
        }
        Vpc vpc = doc.get(table.vpcId(), Vpc.class);
        if (vpc == null) {
            return route.isLocal();
        }
        return route.destinationCidr() != null && vpc.cidrBlocks().contains(route.destinationCidr());
    }

    /**
     * Refuses a route AWS would not accept next to the others: a second route to the same destination, or
     * "local" as the target of a destination that is not a block of the VPC.
     *
     * @param doc the document
     * @param table the table
     * @param route the new route
     * @param skip the index of the route it replaces, or -1
     */
    static void checkRoute(Document doc, RouteTable table, Route route, int skip) {
        for (int i = 0; i < table.routes().size(); i++) {
            Route r = table.routes().get(i);
            boolean bothPropagated = (r.origin() == RouteOrigin.PROPAGATED) == (route.origin() == RouteOrigin.PROPAGATED);
            if (i != skip && bothPropagated && r.destination().equals(route.destination())) {
                throw CommandException.of("route.duplicate", table.id(), route.destination());
            }
        }
        if (route.isLocal() && !isLocalRoute(doc, table, route)) {
            throw CommandException.of("route.localElsewhere", table.id(), route.destination(), table.vpcId());
        }
    }

    /**
     * @param list a list
     * @param index where to insert, or -1 for the end
     * @param item the item
     * @param <T> its type
     * @return a copy with the item inserted
     */
    static <T> List<T> inserted(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(index < 0 ? out.size() : index, item);
        return out;
    }

    /** @param list a list @param index an index @param item the new item @param <T> its type @return a copy with it replaced */
    static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.set(index, item);
        return out;
    }

    /** @param list a list @param index an index @param <T> its type @return a copy without it */
    static <T> List<T> removed(List<T> list, int index) {
        List<T> out = new ArrayList<>(list);
        out.remove(index);
        return out;
    }

    /**
     * @param size a list's size
     * @param index a requested insert position, -1 for the end
     * @param ownerId whose list it is, for the message
     */
    static void checkPosition(int size, int index, String ownerId) {
        if (index < -1 || index > size) {
            throw CommandException.of("position", ownerId, String.valueOf(index), String.valueOf(size));
        }
    }
}
