package dev.vpclab.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Write → read gives the same document, for every resource kind and for whole documents. */
class RoundTripTest {

    private static Document roundTrip(Document doc, String name) throws DocumentReadException {
        return DocumentFormat.fromJson(DocumentFormat.toJson(doc), name);
    }

    /** The resources of one kind in the fixture plus everything they must refer to, so that the file is valid. */
    private static Document kindWithItsReferences(Document all, ResourceKind kind) {
        Map<String, Resource> picked = new LinkedHashMap<>();
        Deque<Resource> todo = new ArrayDeque<>();
        all.all().stream().filter(r -> r.kind() == kind).forEach(todo::add);
        while (!todo.isEmpty()) {
            Resource r = todo.poll();
            if (picked.putIfAbsent(r.id(), r) == null) {
                for (Reference ref : References.of(r)) {
                    if (ref.onDelete() != Reference.OnDelete.KEEP && all.contains(ref.targetId())) {
                        todo.add(all.get(ref.targetId()));
                    }
                }
            }
        }
        return Document.of(picked.values(), Layout.EMPTY);
    }

    @Test
    void theDocumentWithEveryKindRoundTrips() throws Exception {
        Document doc = Fixtures.everyKind();

        Document back = roundTrip(doc, "every-kind.vpclab");

        assertThat(back).isEqualTo(doc);
        assertThat(back.layout()).isEqualTo(doc.layout());
        assertThat(back.info()).isEqualTo(doc.info());
        assertThat(back.traces()).isEqualTo(doc.traces());
        assertThat(back.simulations()).isEqualTo(doc.simulations());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ResourceKind.class)
    void everyResourceKindRoundTrips(ResourceKind kind) throws Exception {
        Document all = Fixtures.everyKind();
        List<Resource> ofKind = all.all().stream().filter(r -> r.kind() == kind).toList();
        assertThat(ofKind).as("Fixtures.everyKind() holds a %s", kind).isNotEmpty();
        Document doc = kindWithItsReferences(all, kind);

        String json = DocumentFormat.toJson(doc);
        Document back = DocumentFormat.fromJson(json, kind.typeName() + ".vpclab");

        for (Resource r : ofKind) {
            assertThat(back.get(r.id())).as("%s %s", kind, r.id()).isEqualTo(r);
        }
        assertThat(back).isEqualTo(doc);
        JsonNode resources = new ObjectMapper().readTree(json).get("resources");
        for (JsonNode node : resources) {
            ResourceKind written = ResourceKind.ofTypeName(node.get("type").textValue());
            assertThat(written).as("type of %s", node.get("id")).isEqualTo(doc.get(node.get("id").textValue()).kind());
        }
        assertThat(json).doesNotContain("dev.vpclab", "@class", "\"" + kind.awsName() + "\"");
    }

    @Test
    void theSmallNetworkAndTheEmptyDocumentRoundTrip() throws Exception {
        assertThat(roundTrip(Fixtures.smallNetwork(), "small.vpclab")).isEqualTo(Fixtures.smallNetwork());
        assertThat(roundTrip(Document.empty(), "empty.vpclab")).isEqualTo(Document.empty());
    }

    @Test
    void theSameDocumentAlwaysGivesTheSameText() {
        Document doc = Fixtures.everyKind();
        List<Resource> shuffled = new ArrayList<>(doc.all());
        Collections.shuffle(shuffled, new Random(7));
        Document rebuilt = Document.of(shuffled, doc.layout()).withInfo(doc.info()).withTraces(doc.traces())
                .withSimulations(doc.simulations());

        assertThat(DocumentFormat.toJson(rebuilt)).isEqualTo(DocumentFormat.toJson(doc));
    }

    @Test
    void readingAndWritingAgainChangesNothing() throws Exception {
        String json = DocumentFormat.toJson(Fixtures.everyKind());

        assertThat(DocumentFormat.toJson(DocumentFormat.fromJson(json, "x.vpclab"))).isEqualTo(json);
    }

    @Test
    void aLargeDocumentRoundTrips() throws Exception {
        Document doc = LargeDocuments.network(2_000);

        Document back = roundTrip(doc, "large.vpclab");

        assertThat(back.size()).isGreaterThanOrEqualTo(1_996);
        assertThat(back).isEqualTo(doc);
    }
}
