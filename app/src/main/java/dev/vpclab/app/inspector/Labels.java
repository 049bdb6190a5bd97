package dev.vpclab.app.inspector;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Route;
import dev.vpclab.model.net.Cidr;

/** Names the inspector shows: field labels, kind names, icon names, whether a subnet is public. */
public final class Labels {

    private Labels() {
    }

    /**
     * @param i18n the language
     * @param field a record component name such as "mapPublicIpOnLaunch"
     * @return its label ("Auto-assign public IP"), or the name in words when the bundle has none
     */
    public static String field(I18n i18n, String field) {
        String key = "ui.prop." + field;
        String text = i18n.get(key);
        return text.equals(key) ? words(field) : text;
    }

    /** "mapPublicIpOnLaunch" → "Map public ip on launch". */
    static String words(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return sb.toString();
    }

    /**
     * @param i18n the language
     * @param r a resource
     * @return its kind in words ("Network ACL", "네트워크 ACL"); load balancers by type
     */
    public static String kind(I18n i18n, Resource r) {
        if (r instanceof LoadBalancer lb) {
            return i18n.get(lb.isApplication() ? "ui.palette.item.lb.application" : "ui.palette.item.lb.network");
        }
        return i18n.get("ui.kind." + r.kind().typeName());
    }

    /**
     * @param doc the document
     * @param r a resource
     * @return its icon name: public and private subnets and network load balancers have their own
     */
    public static String icon(Document doc, Resource r) {
        if (r instanceof Subnet s) {
            return isPublic(doc, s) ? "subnet-public" : "subnet-private";
        }
        if (r instanceof LoadBalancer lb && !lb.isApplication()) {
            return "lb-network";
        }
        return r.kind().typeName();
    }

    /**
     * A subnet is public when its route table sends 0.0.0.0/0 to an internet gateway
     * (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types).
     *
     * @param doc the document
     * @param s a subnet
     * @return true if public
     */
    public static boolean isPublic(Document doc, Subnet s) {
        RouteTable t = doc.routeTableOf(s).orElse(null);
        if (t == null) {
            return false;
        }
        for (Route r : t.routes()) {
            if (Cidr.ALL.equals(r.destinationCidr()) && doc.get(r.target()) instanceof InternetGateway) {
                return true;
            }
        }
        return false;
    }
}
