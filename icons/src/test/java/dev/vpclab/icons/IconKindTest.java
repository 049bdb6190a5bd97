package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IconKindTest {

    /** The document's short type names, one per resource kind (diagram-model's ResourceKind). */
    static final List<String> RESOURCE_TYPES = List.of("region", "az", "vpc", "subnet", "igw", "nat", "eigw",
            "vgw", "pcx", "tgw", "tgw-attachment", "tgw-rtb", "vpce", "pl", "rtb", "acl", "sg", "eni", "eip",
            "instance", "asg", "lb", "listener", "listener-rule", "tg", "db", "alarm", "internet-client", "on-prem");

    @Test
    void everyResourceTypeAndVariantHasAnIcon() {
        assertThat(Icons.kinds()).containsAll(RESOURCE_TYPES)
                .contains("subnet-public", "subnet-private", "lb-network")
                .doesNotHaveDuplicates();
        for (String type : RESOURCE_TYPES) {
            assertThat(Icons.has(type)).as(type).isTrue();
            assertThat(Icons.svgPath(type)).as(type).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "vpc, #8C4FFF", "subnet-public, #8C4FFF", "igw, #8C4FFF", "tgw-rtb, #8C4FFF",
        "lb, #8C4FFF", "lb-network, #8C4FFF", "tg, #8C4FFF",
        "instance, #ED7100", "asg, #ED7100", "eni, #ED7100",
        "db, #3B48CC",
        "alarm, #E7157B",
        "sg, #DD344C", "acl, #DD344C",
        "internet-client, #232F3E", "on-prem, #232F3E"})
    void tileColourFollowsTheCategory(String kind, String colour) {
        assertThat(Icons.category(kind)).isEqualTo(colour);
    }

    @Test
    void keysAreFoundWhateverTheirCaseAndBlanks() {
        assertThat(IconKind.find(" NAT ")).contains(IconKind.NAT_GATEWAY);
        assertThat(IconKind.find("Subnet-Private")).contains(IconKind.SUBNET_PRIVATE);
        assertThat(IconKind.find(null)).isEmpty();
        assertThat(Icons.has("router")).isFalse();
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownOnesListed() {
        assertThatThrownBy(() -> Icons.svgPath("router"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'router'")
                .hasMessageContaining("vpc, subnet")
                .hasMessageContaining("tgw-attachment");
        assertThatThrownBy(() -> Icons.category(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }

    @Test
    void noTwoKindsShareAGlyph() {
        Set<String> glyphs = Arrays.stream(IconKind.values()).map(IconKind::glyph).collect(Collectors.toSet());
        assertThat(glyphs).hasSize(IconKind.values().length);
    }

    @ParameterizedTest
    @EnumSource(IconKind.class)
    void everyGlyphIsWellFormedPathData(IconKind kind) {
        assertThat(SvgPathSyntax.problem(kind.glyph())).as(kind.key()).isEmpty();
    }

    @Test
    void theSyntaxCheckCatchesBrokenPaths() {
        assertThat(SvgPathSyntax.problem("M1 2 L3")).hasValueSatisfying(p -> assertThat(p).contains("'L'"));
        assertThat(SvgPathSyntax.problem("M1 2 X3 4")).hasValueSatisfying(p -> assertThat(p).contains("unreadable"));
        assertThat(SvgPathSyntax.problem("M1 2 A1 1 0 2 0 3 3")).hasValueSatisfying(p -> assertThat(p).contains("flag"));
        assertThat(SvgPathSyntax.problem("L1 2")).hasValueSatisfying(p -> assertThat(p).contains("move-to"));
        assertThat(SvgPathSyntax.problem("M1 2 Z 3")).isPresent();
        assertThat(SvgPathSyntax.problem("M1 2 l-3.5.5 1e1 2Z")).isEmpty();
    }
}
