package dev.vpclab.model.command;

import static dev.vpclab.model.command.CommandAssertions.appliesAndInverts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.Layout;
import dev.vpclab.model.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutCommandsTest {

    private final Document doc = Fixtures.everyKind();
    private final String column = Layout.azColumnKey("vpc-1", "us-east-1a");

    @Test
    void movingAVpcMovesEverythingDrawnInsideIt() {
        Document moved = appliesAndInverts(new MoveElements(List.of("vpc-1"), 10.1, -3.3), doc);
        for (String key : List.of("vpc-1", column, "subnet-public", "i-web")) {
            Bounds b = doc.layout().get(key);
            assertThat(moved.layout().get(key)).as(key).isEqualTo(b.translate(10.1, -3.3));
        }
        assertThat(moved.layout().get("us-east-1")).isEqualTo(doc.layout().get("us-east-1"));
        assertThat(moved.layout().get("client-1")).isEqualTo(doc.layout().get("client-1"));
        assertThat(moved.resources()).isEqualTo(doc.resources());
    }

    @Test
    void anElementInsideAnotherSelectedElementMovesOnce() {
        Document moved = new MoveElements(List.of("subnet-public", "vpc-1", "i-web"), 5, 7).apply(doc).document();
        assertThat(moved.layout().get("i-web")).isEqualTo(doc.layout().get("i-web").translate(5, 7));
    }

    @Test
    void movingAColumnMovesItsSubnetsButNotItsVpc() {
        Document moved = appliesAndInverts(new MoveElements(List.of(column), 0, 40), doc);
        assertThat(moved.layout().get("subnet-public")).isEqualTo(doc.layout().get("subnet-public").translate(0, 40));
        assertThat(moved.layout().get("vpc-1")).isEqualTo(doc.layout().get("vpc-1"));
    }

    @Test
    void moveUndoIsExactEvenWhenFloatingPointAdditionIsNot() {
        Document start = doc.withLayout(doc.layout().with("client-1", Bounds.of(0.1, 0.7, 10, 10)));
        Command.Applied moved = new MoveElements(List.of("client-1"), 0.2, 0.1).apply(start);
        assertThat(0.1 + 0.2 - 0.2).isNotEqualTo(0.1);
        assertThat(moved.inverse().apply(moved.document()).document()).isEqualTo(start);
    }

    @Test
    void movingSomethingNotDrawnChangesNothing() {
        assertThat(new MoveElements(List.of("vpc-2"), 10, 10).apply(doc).document()).isEqualTo(doc);
    }

    @Test
    void resizeAndCollapse() {
        Document resized = appliesAndInverts(new ResizeElement("subnet-public", Bounds.of(80, 140, 300, 100)), doc);
        assertThat(resized.layout().get("subnet-public")).isEqualTo(Bounds.of(80, 140, 300, 100));
        assertThat(resized.layout().get("i-web")).isEqualTo(doc.layout().get("i-web"));
        Document placed = appliesAndInverts(new ResizeElement("vpc-2", Bounds.of(0, 900, 400, 300)), doc);
        assertThat(placed.layout().get("vpc-2")).isEqualTo(Bounds.of(0, 900, 400, 300));
        appliesAndInverts(new ResizeElement("vpc-1", new Bounds(40, 60, 1000, 600, true)), doc);
    }

    @Test
    void editLayoutPlacesAndRemoves() {
        Document edited = appliesAndInverts(new EditLayout(List.of(
                new EditLayout.Placement("vpc-2", Bounds.of(0, 900, 400, 300)),
                new EditLayout.Placement("client-1", null),
                new EditLayout.Placement(Layout.azColumnKey("vpc-1", "us-east-1b"), Bounds.of(540, 100, 460, 540)))), doc);
        assertThat(edited.layout().get("client-1")).isNull();
        assertThat(edited.layout().get("vpc-2")).isNotNull();
    }

    @Test
    void layoutEditsRefuseKeysThatAreNoElement() {
        assertThatThrownBy(() -> new MoveElements(List.of("nothing-here"), 1, 1).apply(doc))
                .isInstanceOf(CommandException.class).hasMessageContaining("nothing-here");
        assertThatThrownBy(() -> new ResizeElement("vpc-9|us-east-1a", Bounds.of(0, 0, 1, 1)).apply(doc))
                .isInstanceOf(CommandException.class)
                .hasMessage("Cannot place vpc-9|us-east-1a on the canvas: it is neither a resource nor an Availability Zone column of a VPC.");
    }

    @Test
    void movesDescribeTheirSelection() {
        MoveElements one = new MoveElements(List.of("i-web"), 1, 1);
        assertThat(one.description().english()).isEqualTo("Move i-web");
        assertThat(one.description(doc).english()).isEqualTo("Move web");
        assertThat(one.description(doc).korean()).isEqualTo("web 이동");
        MoveElements three = new MoveElements(List.of("i-web", "vpc-1", column), 1, 1);
        assertThat(three.description(doc).english()).isEqualTo("Move web and 2 more");
        assertThat(three.description(doc).korean()).isEqualTo("web 외 2개 이동");
        assertThat(new MoveElements(List.of(column), 1, 1).description(doc).english()).isEqualTo("Move prod / us-east-1a");
    }

    @Test
    void movesMergeOnlyWithMovesOfTheSameSelection() {
        MoveElements a = new MoveElements(List.of("i-web", "vpc-1"), 1, 1);
        assertThat(a.mergesWith(new MoveElements(List.of("vpc-1", "i-web"), 3, 4))).isTrue();
        assertThat(a.mergesWith(new MoveElements(List.of("vpc-1"), 3, 4))).isFalse();
        assertThat(a.mergesWith(new ResizeElement("vpc-1", Bounds.of(0, 0, 1, 1)))).isFalse();
    }
}
