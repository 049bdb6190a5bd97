package dev.vpclab.app.render;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.Subnet;

/** Whether a subnet is public, as AWS defines it: its route table sends traffic to an internet gateway. */
public final class SubnetTier {

    private SubnetTier() {
    }

    /**
     * A subnet is public when its route table (explicit or main) has a route to an internet gateway
     * (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-types).
     *
     * @param doc the document
     * @param subnet a subnet
     * @return true if public
     */
    public static boolean isPublic(Document doc, Subnet subnet) {
        return ItemFactory.isPublic(doc, subnet);
    }
}
