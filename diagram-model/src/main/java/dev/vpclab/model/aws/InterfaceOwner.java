package dev.vpclab.model.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Who a network interface belongs to, read from its InterfaceType, RequesterId and the Description AWS gives
 * the interfaces it manages ("Interface for NAT Gateway nat-…", "ELB net/name/id", "VPC Endpoint Interface
 * vpce-…", "Network Interface for Transit Gateway Attachment tgw-attach-…", "RDSNetworkInterface").
 * Interfaces of NAT gateways, load balancers, endpoints, transit gateway attachments and databases are parts
 * of those resources in the model, not network interfaces of their own.
 *
 * @param kind the owner kind
 * @param ref the owner's id as the interface names it (NAT and endpoint ids, "net/name/id" for a load
 *            balancer, the attachment id), or null
 */
record InterfaceOwner(Kind kind, String ref) {

    /** Owner kinds. */
    enum Kind { NONE, NAT_GATEWAY, LOAD_BALANCER, VPC_ENDPOINT, TRANSIT_GATEWAY, RDS }

    /** An ordinary interface: an instance's, or a free one. */
    static final InterfaceOwner NONE = new InterfaceOwner(Kind.NONE, null);

    /**
     * @param eni a network interface record
     * @return its owner
     */
    static InterfaceOwner of(JsonNode eni) {
        String type = lower(AwsJson.text(eni, "InterfaceType"));
        String description = AwsJson.text(eni, "Description");
        String desc = description == null ? "" : description;
        String requester = lower(AwsJson.text(eni, "RequesterId"));
        String attachedOwner = lower(AwsJson.textAt(eni, "Attachment", "InstanceOwnerId"));
        if (type.equals("nat_gateway") || desc.startsWith("Interface for NAT Gateway")) {
            return new InterfaceOwner(Kind.NAT_GATEWAY, token(desc, "nat-"));
        }
        if (type.equals("network_load_balancer") || type.equals("load_balancer") || type.equals("gateway_load_balancer")
                || desc.startsWith("ELB ") || requester.equals("amazon-elb")) {
            return new InterfaceOwner(Kind.LOAD_BALANCER, desc.startsWith("ELB ") ? desc.substring(4).trim() : null);
        }
        if (type.equals("vpc_endpoint") || type.equals("gateway_load_balancer_endpoint")
                || desc.startsWith("VPC Endpoint Interface")) {
            return new InterfaceOwner(Kind.VPC_ENDPOINT, token(desc, "vpce-"));
        }
        if (type.equals("transit_gateway") || desc.contains("Transit Gateway Attachment")) {
            return new InterfaceOwner(Kind.TRANSIT_GATEWAY, token(desc, "tgw-attach-"));
        }
        if (desc.equals("RDSNetworkInterface") || requester.equals("amazon-rds") || attachedOwner.equals("amazon-rds")) {
            return new InterfaceOwner(Kind.RDS, null);
        }
        return NONE;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** The first word of the text that starts with the prefix, or null. */
    private static String token(String text, String prefix) {
        for (String word : text.split("\\s+")) {
            if (word.startsWith(prefix)) {
                return word;
            }
        }
        return null;
    }
}
