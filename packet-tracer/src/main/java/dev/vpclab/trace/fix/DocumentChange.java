package dev.vpclab.trace.fix;

import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.model.resource.NetworkAclEntry;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.resource.SecurityGroupRule;

/**
 * One concrete edit of the document that a suggested fix proposes, as data with exact ids, rule numbers, blocks
 * and ports; the app turns each into an undoable command.
 */
public sealed interface DocumentChange permits DocumentChange.AddNaclEntry, DocumentChange.AddSecurityGroupRule,
        DocumentChange.AddRoute, DocumentChange.ReplaceRouteTarget, DocumentChange.AssociateElasticIp,
        DocumentChange.DisableSourceDestCheck, DocumentChange.StartInstance, DocumentChange.AddTransitGatewayAttachmentSubnet,
        DocumentChange.SetTargetGroupCrossZone, DocumentChange.MoveNatGateway {

    /**
     * Move a NAT gateway into another subnet of its VPC (a public one: its traffic needs the subnet's route to an
     * internet gateway).
     *
     * @param natGatewayId the NAT gateway
     * @param subnetId the subnet to move it to
     */
    record MoveNatGateway(String natGatewayId, String subnetId) implements DocumentChange {
    }

    /**
     * Add a rule to a network ACL.
     *
     * @param networkAclId the ACL
     * @param entry the rule, with a free rule number that comes before the rule that denied
     */
    record AddNaclEntry(String networkAclId, NetworkAclEntry entry) implements DocumentChange {
    }

    /**
     * Add a rule to a security group.
     *
     * @param securityGroupId the group
     * @param direction inbound or outbound
     * @param rule the rule
     */
    record AddSecurityGroupRule(String securityGroupId, TrafficDirection direction, SecurityGroupRule rule) implements DocumentChange {
    }

    /**
     * Add a route to a route table.
     *
     * @param routeTableId the table
     * @param route the route
     */
    record AddRoute(String routeTableId, Route route) implements DocumentChange {
    }

    /**
     * Point an existing route somewhere else.
     *
     * @param routeTableId the table
     * @param destination the route's destination as written (a block or a prefix list id)
     * @param newTarget the new target id
     */
    record ReplaceRouteTarget(String routeTableId, String destination, String newTarget) implements DocumentChange {
    }

    /**
     * Allocate an Elastic IP and associate it with a network interface.
     *
     * @param networkInterfaceId the interface
     * @param privateIp the private address it maps to
     */
    record AssociateElasticIp(String networkInterfaceId, Ipv4Address privateIp) implements DocumentChange {
    }

    /**
     * Turn off a network interface's source/destination check (appliances and NAT instances need that).
     *
     * @param networkInterfaceId the interface
     */
    record DisableSourceDestCheck(String networkInterfaceId) implements DocumentChange {
    }

    /**
     * Start a stopped instance.
     *
     * @param instanceId the instance
     */
    record StartInstance(String instanceId) implements DocumentChange {
    }

    /**
     * Add a subnet (in a zone the attachment does not serve yet) to a transit gateway VPC attachment.
     *
     * @param attachmentId the attachment
     * @param subnetId the subnet
     */
    record AddTransitGatewayAttachmentSubnet(String attachmentId, String subnetId) implements DocumentChange {
    }

    /**
     * Turn cross-zone load balancing on or off for a target group.
     *
     * @param targetGroupId the group
     * @param enabled on or off
     */
    record SetTargetGroupCrossZone(String targetGroupId, boolean enabled) implements DocumentChange {
    }
}
