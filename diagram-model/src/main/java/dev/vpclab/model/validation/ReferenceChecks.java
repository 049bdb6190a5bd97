package dev.vpclab.model.validation;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.Resource;
import java.util.Set;

/**
 * References that must resolve: a subnet's VPC, an interface's subnet, a subnet's route table association and
 * so on (the CASCADE and CLEAR references of {@link References}). References AWS lets dangle (a blackhole
 * route, a stale security-group rule) are KEEP references and are reported by the check of their area.
 */
final class ReferenceChecks implements Check {

    static final String MISSING = "validation.reference.missing";

    @Override
    public Set<String> keys() {
        return Set.of(MISSING);
    }

    @Override
    public void run(ValidationContext context, Problems problems) {
        Document doc = context.doc();
        for (Resource r : doc.all()) {
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP && !doc.contains(ref.targetId())) {
                    problems.error(r.id(), ref.field(), MISSING, r.label(), ref.targetId(), ref.field());
                }
            }
        }
    }
}
