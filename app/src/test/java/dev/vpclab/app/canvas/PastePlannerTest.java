package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.Vpc;
import dev.vpclab.model.validation.Severity;
import dev.vpclab.model.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Copy and paste: fresh ids, the copies refer to each other, addresses that do not clash, one command. */
class PastePlannerTest {

    private static final Document HA = Samples.load("ha-web");
    private static final RenderModel MODEL = RenderModelBuilder.build(HA, Locale.ENGLISH);

    private static Document paste(List<String> selection) {
        PastePlanner.Clip clip = PastePlanner.copy(HA, MODEL, selection);
        EditPlan plan = PastePlanner.paste(HA, clip, new IdGenerator(3), PastePlanner.OFFSET);
        assertThat(plan.isRefused()).as("%s", plan.refusal()).isFalse();
        Command.Applied a = plan.command().apply(HA);
        assertThat(a.inverse().apply(a.document()).document()).isEqualTo(HA);
        return a.document();
    }

    private static <T extends Resource> List<T> added(Document after, Class<T> type) {
        return after.all(type).stream().filter(r -> !HA.contains(r.id())).toList();
    }

    @Test
    void aPastedInstanceGetsNewIdsItsOwnInterfaceAndAFreeAddress() {
        Document after = paste(List.of("i-0a3"));
        Instance copy = added(after, Instance.class).get(0);
        assertThat(copy.name()).isEqualTo("web-1");
        assertThat(copy.subnetId()).isEqualTo("subnet-0app1a");
        NetworkInterface eni = added(after, NetworkInterface.class).get(0);
        assertThat(eni.instanceId()).isEqualTo(copy.id());
        Set<Ipv4Address> before = new HashSet<>();
        HA.interfacesIn("subnet-0app1a").forEach(e -> before.addAll(e.privateIps()));
        assertThat(before).doesNotContain(eni.primaryIp());
        assertThat(after.layout().get(copy.id())).isEqualTo(HA.layout().get("i-0a3").translate(32, 32));
    }

    @Test
    void aPastedSubnetGetsAFreeBlockAndItsContentFollows() {
        Document after = paste(List.of("subnet-0db1a"));
        Subnet copy = added(after, Subnet.class).get(0);
        assertThat(HA.subnetsOf("vpc-0prod")).noneMatch(s -> s.cidr().overlaps(copy.cidr()));
        assertThat(after.all(dev.vpclab.model.resource.DbInstance.class)).filteredOn(d -> !HA.contains(d.id()))
                .singleElement().satisfies(d -> {
                    assertThat(d.primarySubnetId()).isEqualTo(copy.id());
                    assertThat(copy.cidr().contains(d.primaryAddress())).isTrue();
                });
    }

    @Test
    void aPastedVpcRefersOnlyToItsOwnCopies() {
        Document after = paste(List.of("vpc-0prod"));
        Vpc copy = added(after, Vpc.class).get(0);
        Set<String> originals = new HashSet<>(HA.ids());
        originals.remove("us-east-1");
        originals.removeIf(id -> HA.get(id) instanceof dev.vpclab.model.resource.AvailabilityZone);
        for (Resource r : after.all()) {
            if (HA.contains(r.id())) {
                continue;
            }
            for (Reference ref : References.of(r)) {
                if (ref.onDelete() != Reference.OnDelete.KEEP || r instanceof dev.vpclab.model.resource.RouteTable) {
                    assertThat(originals).as("%s.%s", r.id(), ref.field()).doesNotContain(ref.targetId());
                }
            }
        }
        assertThat(after.subnetsOf(copy.id())).hasSize(HA.subnetsOf("vpc-0prod").size());
        assertThat(Validator.validate(after)).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void nothingCopiedMeansNothingToPaste() {
        PastePlanner.Clip clip = PastePlanner.copy(HA, MODEL, List.of("us-east-1"));
        assertThat(clip.isEmpty()).isTrue();
        assertThat(PastePlanner.paste(HA, clip, new IdGenerator(1), 32).refusal().key()).isEqualTo("canvas.paste.empty");
    }
}
