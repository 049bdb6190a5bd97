package dev.vpclab.engine;

import dev.vpclab.engine.route.CompiledRouteTable;
import dev.vpclab.engine.route.IntObjectMap;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Vpc;
import java.util.List;
import java.util.Map;

/**
 * A VPC with its gateways, the route tables edge-associated with them (ingress routing), its subnets and an
 * index of every private address held by an attachment point in it.
 */
public final class CompiledVpc {

    private final Vpc vpc;
    private final String internetGatewayId;
    private final String vpnGatewayId;
    private final Map<String, CompiledRouteTable> edgeRouteTables;
    private final List<CompiledSubnet> subnets;
    private final IntObjectMap<AttachmentPoint> addresses;
    private final String defaultSecurityGroupId;
    private final int[] networks;
    private final int[] masks;

    /**
     * @param vpc the document's VPC
     * @param internetGatewayId the attached internet gateway, or null
     * @param vpnGatewayId the attached virtual private gateway, or null
     * @param edgeRouteTables gateway id → the route table edge-associated with it
     * @param subnets its subnets
     * @param addresses private address → attachment point
     * @param defaultSecurityGroupId the group named "default", or null
     */
    public CompiledVpc(Vpc vpc, String internetGatewayId, String vpnGatewayId, Map<String, CompiledRouteTable> edgeRouteTables,
                       List<CompiledSubnet> subnets, IntObjectMap<AttachmentPoint> addresses, String defaultSecurityGroupId) {
        this.vpc = vpc;
        this.internetGatewayId = internetGatewayId;
        this.vpnGatewayId = vpnGatewayId;
        this.edgeRouteTables = Map.copyOf(edgeRouteTables);
        this.subnets = List.copyOf(subnets);
        this.addresses = addresses;
        this.defaultSecurityGroupId = defaultSecurityGroupId;
        List<Cidr> cidrs = vpc.cidrBlocks();
        networks = new int[cidrs.size()];
        masks = new int[cidrs.size()];
        for (int i = 0; i < networks.length; i++) {
            networks[i] = cidrs.get(i).network().bits();
            masks[i] = Cidr.mask(cidrs.get(i).prefixLength());
        }
    }

    /** @return the VPC id */
    public String id() {
        return vpc.id();
    }

    /** @return the document's VPC */
    public Vpc vpc() {
        return vpc;
    }

    /** @return its Region */
    public String regionId() {
        return vpc.regionId();
    }

    /** @return its blocks, primary first */
    public List<Cidr> cidrs() {
        return vpc.cidrBlocks();
    }

    /**
     * @param address an address
     * @return true if one of the VPC's blocks holds it
     */
    public boolean contains(Ipv4Address address) {
        int a = address.bits();
        for (int i = 0; i < networks.length; i++) {
            if ((a & masks[i]) == networks[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param address a private address
     * @return the attachment point holding it in this VPC, or null
     */
    public AttachmentPoint attachmentAt(Ipv4Address address) {
        return addresses.get(address.bits());
    }

    /** @return the attached internet gateway, or null */
    public String internetGatewayId() {
        return internetGatewayId;
    }

    /** @return the attached virtual private gateway, or null */
    public String vpnGatewayId() {
        return vpnGatewayId;
    }

    /**
     * @param gatewayId an internet or virtual private gateway
     * @return the route table edge-associated with it, or null
     */
    public CompiledRouteTable edgeRouteTable(String gatewayId) {
        return gatewayId == null ? null : edgeRouteTables.get(gatewayId);
    }

    /** @return its subnets, sorted by id */
    public List<CompiledSubnet> subnets() {
        return subnets;
    }

    /** @return the VPC's default security group, or null */
    public String defaultSecurityGroupId() {
        return defaultSecurityGroupId;
    }

    /** @return the Name or id */
    public String label() {
        return vpc.label();
    }

    @Override
    public String toString() {
        return vpc.id();
    }
}
