package dev.vpclab.model.resource;

/**
 * An AWS Region; its id is the region code.
 *
 * @param id the region code, e.g. "us-east-1"
 * @param name what people read, e.g. "US East (N. Virginia)"
 */
public record Region(String id, String name) implements Resource {
    /** Validates. @param id code @param name name */
    public Region {
        Req.id(id, "Region");
        name = Req.name(name);
    }
}
