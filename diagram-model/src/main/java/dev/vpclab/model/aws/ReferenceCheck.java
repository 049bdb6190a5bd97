package dev.vpclab.model.aws;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.Reference.OnDelete;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes an import consistent: a snapshot may name things it does not hold (a subnet of an account that was not
 * exported, a security group of a peer). A resource that cannot exist without the missing one (a subnet without
 * its VPC) is left out; a reference the resource can live without (a route table association, a gateway's
 * attachment, an interface's instance) is dropped. Each such step is a warning naming both ids. References the
 * model lets dangle (route targets, security-group peers) stay, as AWS keeps them.
 */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    /**
     * Drops dangling CASCADE and CLEAR references until none is left.
     *
     * @param ctx the import
     */
    static void resolve(ImportContext ctx) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Resource r : ctx.resources()) {
                if (!ctx.contains(r.id())) {
                    continue;
                }
                List<Reference> missing = new ArrayList<>();
                for (Reference ref : References.of(r)) {
                    if (ref.onDelete() != OnDelete.KEEP && !ctx.contains(ref.targetId())) {
                        missing.add(ref);
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                changed = true;
                Reference fatal = missing.stream().filter(ref -> ref.onDelete() == OnDelete.CASCADE && !optional(r, ref))
                        .findFirst().orElse(null);
                String kind = r.kind().awsName();
                if (fatal != null) {
                    ctx.warn(ctx.fileOf(r.id()), "aws.reference.dropped", kind, r.id(), fatal.field(), fatal.targetId());
                    ctx.remove(r.id());
                    continue;
                }
                Set<String> gone = new HashSet<>();
                for (Reference ref : missing) {
                    gone.add(ref.targetId());
                    ctx.warn(ctx.fileOf(r.id()), "aws.reference.cleared", kind, r.id(), ref.field(), ref.targetId());
                }
                Resource cleared = clearOptional(References.withoutReferencesTo(r, gone::contains), gone);
                Reference left = References.of(cleared).stream()
                        .filter(ref -> ref.onDelete() != OnDelete.KEEP && !ctx.contains(ref.targetId())).findFirst().orElse(null);
                if (left != null) {
                    ctx.warn(ctx.fileOf(r.id()), "aws.reference.dropped", kind, r.id(), left.field(), left.targetId());
                    ctx.remove(r.id());
                } else {
                    ctx.replace(cleared);
                }
            }
        }
    }

    /**
     * Checks what {@link #resolve} promises, on the finished document.
     *
     * @param doc the imported document
     * @throws IllegalStateException naming the first reference that does not resolve (a bug of the importer)
     */
    static void verify(Document doc) {
        for (Resource r : doc.all()) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != OnDelete.KEEP && !doc.contains(ref.targetId())) {
                    throw new IllegalStateException("import left " + r.id() + "." + ref.field() + " -> " + ref.targetId()
                            + " dangling");
                }
            }
        }
    }

    /** CASCADE references a resource may still live without: a gateway's VPC, an interface's instance. */
    private static boolean optional(Resource r, Reference ref) {
        return (r instanceof InternetGateway || r instanceof EgressOnlyInternetGateway || r instanceof VirtualPrivateGateway)
                && ref.field().equals("vpcId")
                || r instanceof NetworkInterface && ref.field().equals("instanceId")
                || r instanceof Instance && ref.field().equals("autoScalingGroupId");
    }

    private static Resource clearOptional(Resource r, Set<String> gone) {
        if (r instanceof InternetGateway g && gone.contains(g.vpcId())) {
            return new InternetGateway(g.id(), g.name(), null);
        } else if (r instanceof EgressOnlyInternetGateway g && gone.contains(g.vpcId())) {
            return new EgressOnlyInternetGateway(g.id(), g.name(), null);
        } else if (r instanceof VirtualPrivateGateway g && gone.contains(g.vpcId())) {
            return new VirtualPrivateGateway(g.id(), g.name(), null, g.amazonSideAsn());
        } else if (r instanceof NetworkInterface e && gone.contains(e.instanceId())) {
            return new NetworkInterface(e.id(), e.name(), e.subnetId(), e.privateIps(), e.securityGroupIds(),
                    e.sourceDestCheck(), null, e.deviceIndex(), e.publicIp(), e.description());
        } else if (r instanceof Instance i && gone.contains(i.autoScalingGroupId())) {
            return new Instance(i.id(), i.name(), i.subnetId(), i.instanceType(), i.state(), i.imageId(), null);
        }
        return r;
    }
}
