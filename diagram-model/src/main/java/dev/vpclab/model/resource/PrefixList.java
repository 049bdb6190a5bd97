package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;
import java.util.List;

/**
 * A prefix list: a named set of CIDR blocks, AWS-managed (the addresses of S3 or DynamoDB in a Region) or
 * customer-managed. Route tables and security-group rules can name it; network ACLs cannot.
 *
 * @param id "pl-…"
 * @param name Name tag
 * @param prefixListName e.g. "com.amazonaws.us-east-1.s3"
 * @param cidrs its blocks
 * @param awsManaged true for AWS service prefix lists
 */
public record PrefixList(String id, String name, String prefixListName, List<Cidr> cidrs, boolean awsManaged)
        implements Resource {
    /** Validates. */
    public PrefixList {
        Req.id(id, "Prefix list");
        name = Req.name(name);
        prefixListName = Req.text(prefixListName);
        cidrs = Req.list(cidrs);
    }
}
