package dev.vpclab.model.resource;

/**
 * An Availability Zone of a Region; its id is the zone name. A VPC spans every zone of its Region.
 *
 * @param id the zone name, e.g. "us-east-1a"
 * @param name what people read
 * @param regionId the Region's code
 */
public record AvailabilityZone(String id, String name, String regionId) implements Resource {
    /** Validates. @param id zone name @param name name @param regionId region */
    public AvailabilityZone {
        Req.id(id, "Availability Zone");
        name = Req.name(name);
        Req.ref(regionId, "the Availability Zone's Region");
    }
}
