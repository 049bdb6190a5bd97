package dev.vpclab.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FixturesTest {

    @Test
    void everyKindHoldsEveryKind() {
        Document doc = Fixtures.everyKind();
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        doc.all().forEach(r -> kinds.add(r.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(ResourceKind.values());
    }

    @Test
    void everyHardReferenceOfTheFixturesResolves() {
        for (Document doc : new Document[] {Fixtures.smallNetwork(), Fixtures.everyKind()}) {
            for (Resource r : doc.all()) {
                for (Reference ref : References.of(r)) {
                    if (ref.onDelete() != Reference.OnDelete.KEEP) {
                        assertThat(doc.contains(ref.targetId())).as(r.id() + " " + ref).isTrue();
                    }
                }
            }
        }
    }
}
