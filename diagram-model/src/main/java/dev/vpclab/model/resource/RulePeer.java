package dev.vpclab.model.resource;

import dev.vpclab.model.net.Cidr;

/**
 * The other end of a security-group rule: a CIDR block, another security group (matching the private
 * addresses of interfaces that carry it), or a prefix list. Written as the block or the id.
 */
public sealed interface RulePeer permits RulePeer.CidrPeer, RulePeer.SecurityGroupPeer, RulePeer.PrefixListPeer {

    /**
     * A CIDR block.
     *
     * @param cidr the block
     */
    record CidrPeer(Cidr cidr) implements RulePeer {
        /** Validates. */
        public CidrPeer {
            if (cidr == null) {
                throw new IllegalArgumentException("a security-group rule needs a CIDR block");
            }
        }

        @Override
        public String toString() {
            return cidr.toString();
        }
    }

    /**
     * A security-group reference.
     *
     * @param groupId "sg-…"
     */
    record SecurityGroupPeer(String groupId) implements RulePeer {
        /** Validates. */
        public SecurityGroupPeer {
            Req.ref(groupId, "the referenced security group");
        }

        @Override
        public String toString() {
            return groupId;
        }
    }

    /**
     * A prefix-list reference.
     *
     * @param prefixListId "pl-…"
     */
    record PrefixListPeer(String prefixListId) implements RulePeer {
        /** Validates. */
        public PrefixListPeer {
            Req.ref(prefixListId, "the referenced prefix list");
        }

        @Override
        public String toString() {
            return prefixListId;
        }
    }

    /**
     * Parses a CIDR block, "sg-…" or "pl-…".
     *
     * @param text the peer as written
     * @return the peer
     */
    static RulePeer parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a security-group rule needs a source or destination: a CIDR block, sg-… or pl-…");
        }
        String s = text.trim();
        if (s.startsWith("sg-")) {
            return new SecurityGroupPeer(s);
        }
        if (s.startsWith("pl-")) {
            return new PrefixListPeer(s);
        }
        return new CidrPeer(Cidr.parse(s));
    }

    /**
     * @param cidr a block
     * @return the peer
     */
    static RulePeer cidr(Cidr cidr) {
        return new CidrPeer(cidr);
    }

    /**
     * @param groupId a security group id
     * @return the peer
     */
    static RulePeer group(String groupId) {
        return new SecurityGroupPeer(groupId);
    }
}
