package dev.vpclab.model.io;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.net.PortRange;
import dev.vpclab.model.net.Protocol;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RulePeer;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.SecurityGroupRule;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds big, valid documents for the size and speed tests of the file format. */
final class LargeDocuments {

    private LargeDocuments() {
    }

    /**
     * One VPC with subnets, each holding a security group, an instance and its interface, all placed.
     *
     * @param resources about how many resources the document should hold (at least 4)
     * @return the document
     */
    static Document network(int resources) {
        List<Resource> rs = new ArrayList<>();
        Map<String, Bounds> layout = new HashMap<>();
        rs.add(new Region("us-east-1", "US East (N. Virginia)"));
        rs.add(new AvailabilityZone("us-east-1a", "us-east-1a", "us-east-1"));
        rs.add(new Vpc("vpc-big", "big", "us-east-1", List.of(Cidr.parse("10.0.0.0/8")), true, true));
        layout.put("vpc-big", Bounds.of(0, 0, 100_000, 100_000));
        for (int n = 0; rs.size() + 4 <= resources; n++) {
            String subnet = String.format("subnet-%05d", n);
            String sg = String.format("sg-%05d", n);
            String instance = String.format("i-%05d", n);
            Cidr block = Cidr.of(new Ipv4Address((10 << 24) | (n << 8)), 24);
            rs.add(new Subnet(subnet, "subnet " + n, "vpc-big", "us-east-1a", block, n % 2 == 0, null, null));
            rs.add(new SecurityGroup(sg, "web " + n, "vpc-big", "web-" + n, "web servers",
                    List.of(SecurityGroupRule.of(Protocol.TCP, PortRange.of(443), RulePeer.cidr(Cidr.ALL)),
                            SecurityGroupRule.of(Protocol.TCP, PortRange.of(22), RulePeer.cidr(block))),
                    List.of(SecurityGroupRule.allowAll(RulePeer.cidr(Cidr.ALL)))));
            rs.add(new Instance(instance, "web " + n, subnet, "t3.micro", Instance.State.RUNNING, "ami-1", null));
            rs.add(new NetworkInterface(String.format("eni-%05d", n), "", subnet, List.of(block.address(10)), List.of(sg), true,
                    instance, 0, null, ""));
            layout.put(subnet, Bounds.of(n * 10.0, 100, 400, 200));
            layout.put(instance, Bounds.of(n * 10.0 + 20, 140, 64, 64));
        }
        return Document.of(rs, Layout.of(layout));
    }
}
