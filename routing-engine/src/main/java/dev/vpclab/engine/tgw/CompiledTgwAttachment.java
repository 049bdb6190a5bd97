package dev.vpclab.engine.tgw;

import dev.vpclab.engine.CompiledSubnet;
import dev.vpclab.model.resource.LifecycleState;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import java.util.List;
import java.util.Map;

/**
 * A transit gateway attachment: for a VPC its subnet in each zone it serves (resources in other zones cannot
 * use it), and the route table it is associated with.
 *
 * @param attachment the attachment
 * @param subnetsByZone zone → attachment subnet (VPC attachments)
 * @param routeTable the associated route table, or null
 */
public record CompiledTgwAttachment(TransitGatewayAttachment attachment, Map<String, CompiledSubnet> subnetsByZone,
                                    CompiledTgwRouteTable routeTable) {

    /** Copies. */
    public CompiledTgwAttachment {
        subnetsByZone = Map.copyOf(subnetsByZone);
    }

    /** @return the attachment id */
    public String id() {
        return attachment.id();
    }

    /** @return true if it carries traffic */
    public boolean available() {
        return attachment.state() == LifecycleState.AVAILABLE;
    }

    /**
     * @param zone a zone
     * @return the attachment subnet there, or null
     */
    public CompiledSubnet subnetIn(String zone) {
        return subnetsByZone.get(zone);
    }

    /**
     * @param preferredZone the zone to use if served
     * @return the attachment subnet in that zone, else the one in the first zone by name, else null
     */
    public CompiledSubnet entrySubnet(String preferredZone) {
        CompiledSubnet s = preferredZone == null ? null : subnetsByZone.get(preferredZone);
        if (s != null) {
            return s;
        }
        List<String> zones = subnetsByZone.keySet().stream().sorted().toList();
        return zones.isEmpty() ? null : subnetsByZone.get(zones.get(0));
    }
}
