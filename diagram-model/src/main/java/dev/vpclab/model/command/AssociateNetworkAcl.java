package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.Subnet;
import java.util.Objects;

/**
 * Associates a subnet with a network ACL of its own VPC, or with none so that it uses the VPC's default ACL
 * (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html).
 *
 * @param subnetId the subnet
 * @param aclId the network ACL, or null for the default ACL
 */
public record AssociateNetworkAcl(String subnetId, String aclId) implements Command {

    /** Validates. */
    public AssociateNetworkAcl {
        Objects.requireNonNull(subnetId, "subnetId");
    }

    @Override
    public Applied apply(Document doc) {
        Subnet before = Lookup.resource(doc, subnetId, Subnet.class);
        Subnet changed = change(doc);
        Document after = changed.equals(before) ? doc : doc.with(changed);
        AssociateNetworkAcl inverse = new AssociateNetworkAcl(subnetId, before.networkAclId());
        return new Applied(after, Inverses.checked(inverse, () -> inverse.change(after), doc, subnetId));
    }

    Subnet change(Document doc) {
        Subnet s = Lookup.resource(doc, subnetId, Subnet.class);
        if (aclId != null) {
            NetworkAcl acl = Lookup.resource(doc, aclId, NetworkAcl.class);
            if (!acl.vpcId().equals(s.vpcId())) {
                throw CommandException.of("association.networkAclVpc", subnetId, aclId, acl.vpcId(), s.vpcId());
            }
        }
        return new Subnet(s.id(), s.name(), s.vpcId(), s.availabilityZoneId(), s.cidr(), s.mapPublicIpOnLaunch(),
                s.routeTableId(), aclId);
    }

    @Override
    public Message description() {
        return aclId == null ? Message.of("command.associateNetworkAcl.default", subnetId)
                : Message.of("command.associateNetworkAcl", subnetId, aclId);
    }
}
