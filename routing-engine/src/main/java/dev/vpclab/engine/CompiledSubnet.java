package dev.vpclab.engine;

import dev.vpclab.engine.acl.CompiledNetworkAcl;
import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.resource.Subnet;

/**
 * A subnet with the route table and network ACL it actually uses: its explicit associations, else the VPC's
 * main route table and default network ACL.
 *
 * @param subnet the document's subnet
 * @param routeTable the table it uses, or null when the VPC has none
 * @param networkAcl the ACL it uses, or null when the VPC has none
 */
public record CompiledSubnet(Subnet subnet, CompiledRouteTable routeTable, CompiledNetworkAcl networkAcl) {

    /** @return the subnet id */
    public String id() {
        return subnet.id();
    }

    /** @return its VPC */
    public String vpcId() {
        return subnet.vpcId();
    }

    /** @return its Availability Zone */
    public String availabilityZone() {
        return subnet.availabilityZoneId();
    }

    /** @return its block */
    public Cidr cidr() {
        return subnet.cidr();
    }

    /** @return its Name or id */
    public String label() {
        return subnet.label();
    }

    /** @return true when it uses the main table because it has no explicit association */
    public boolean usesMainRouteTable() {
        return subnet.routeTableId() == null;
    }

    @Override
    public String toString() {
        return subnet.id();
    }
}
