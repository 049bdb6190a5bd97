package dev.vpclab.app.trace;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Hop;
import java.util.Locale;

/**
 * How a hop's component reads in the event list and on the detail card: a short kind and the id people know it by
 * ("NACL acl-0pub", "SG sg-0alb", "ALB web-alb"), the instance's Name for an interface, and its icon.
 */
final class HopLabels {

    private HopLabels() {
    }

    /**
     * @param doc the document the trace ran on
     * @param hop a hop
     * @param i18n the language
     * @return "NACL acl-0pub", "ALB web-alb", "web-1", "Internet"
     */
    static String component(Document doc, Hop hop, I18n i18n) {
        switch (hop.type()) {
            case INTERNET:
                return i18n.get("tracemode.type.internet");
            case NETWORK_INTERFACE:
            case INSTANCE:
            case DB_INSTANCE:
                return hop.label();
            case LOAD_BALANCER: {
                LoadBalancer lb = doc.get(hop.component(), LoadBalancer.class);
                return lb == null ? hop.label() : (lb.type() == LoadBalancer.Type.APPLICATION ? "ALB " : "NLB ") + lb.name();
            }
            case TARGET_GROUP:
                return i18n.get("tracemode.type.target_group") + " " + hop.label();
            default:
                return kind(hop.type(), i18n) + " " + (hop.component().startsWith("arn:") ? hop.label() : hop.component());
        }
    }

    /**
     * @param type a hop's kind
     * @param i18n the language
     * @return its short name: "NACL", "SG", "Route table", "IGW"
     */
    static String kind(ComponentType type, I18n i18n) {
        return i18n.get("tracemode.type." + type.name().toLowerCase(Locale.ROOT));
    }

    /**
     * @param doc the document the trace ran on
     * @param hop a hop
     * @return its icon kind for {@code dev.vpclab.icons.Icons}
     */
    static String icon(Document doc, Hop hop) {
        switch (hop.type()) {
            case INSTANCE:
            case NETWORK_INTERFACE:
                return "instance";
            case SECURITY_GROUP:
                return "sg";
            case NETWORK_ACL:
                return "acl";
            case ROUTE_TABLE:
                return "rtb";
            case INTERNET_GATEWAY:
                return "igw";
            case NAT_GATEWAY:
                return "nat";
            case LOAD_BALANCER: {
                LoadBalancer lb = doc.get(hop.component(), LoadBalancer.class);
                return lb != null && lb.type() == LoadBalancer.Type.NETWORK ? "lb-network" : "lb";
            }
            case TARGET_GROUP:
                return "tg";
            case VPC_PEERING_CONNECTION:
                return "pcx";
            case TRANSIT_GATEWAY:
                return "tgw";
            case TRANSIT_GATEWAY_ATTACHMENT:
                return "tgw-attachment";
            case TRANSIT_GATEWAY_ROUTE_TABLE:
                return "tgw-rtb";
            case VIRTUAL_PRIVATE_GATEWAY:
                return "vgw";
            case VPC_ENDPOINT:
                return "vpce";
            case DB_INSTANCE:
                return "db";
            case VPC:
                return "vpc";
            case SUBNET:
                return "subnet";
            case ON_PREMISES_NETWORK:
                return "on-prem";
            default:
                return "internet-client";
        }
    }
}
