package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class IconSvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    @ParameterizedTest
    @EnumSource(IconKind.class)
    void everyIconIsAWellFormedStandaloneSvg(IconKind kind) throws Exception {
        Element svg = parse(Icons.svg(kind.key(), 48));

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("width")).isEqualTo("48");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 24 24");
        Element rect = (Element) svg.getElementsByTagNameNS(SVG_NS, "rect").item(0);
        assertThat(rect.getAttribute("fill")).isEqualTo(Icons.category(kind.key()));
        Element path = (Element) svg.getElementsByTagNameNS(SVG_NS, "path").item(0);
        assertThat(path.getAttribute("d")).isEqualTo(Icons.svgPath(kind.key()));
        assertThat(path.getAttribute("fill")).isEqualTo("none");
        assertThat(path.getAttribute("stroke")).isEqualTo("#FFFFFF");
        assertThat(path.getAttribute("stroke-linecap")).isEqualTo("round");
    }

    @Test
    void theStrokeThickensAtSmallSizesOnly() throws Exception {
        assertThat(strokeWidth(Icons.svg("vpc", 48))).isEqualTo(1.5);
        assertThat(strokeWidth(Icons.svg("vpc", 24))).isEqualTo(1.5);
        assertThat(strokeWidth(Icons.svg("vpc", 16))).isEqualTo(1.875);
    }

    private static double strokeWidth(String svg) throws Exception {
        Element path = (Element) parse(svg).getElementsByTagNameNS(SVG_NS, "path").item(0);
        return Double.parseDouble(path.getAttribute("stroke-width"));
    }

    @Test
    void aPlacedIconNestsInADiagramAtItsPosition() throws Exception {
        String diagram = "<svg xmlns=\"" + SVG_NS + "\" width=\"400\" height=\"300\">"
                + Icons.svg("nat", 120.5, 40, 32) + Icons.svg("igw", 0, 0, 32) + "</svg>";
        Element root = parse(diagram);
        Element nat = (Element) root.getElementsByTagNameNS(SVG_NS, "svg").item(0);
        assertThat(nat.getAttribute("x")).isEqualTo("120.5");
        assertThat(nat.getAttribute("y")).isEqualTo("40");
        assertThat(nat.getAttribute("data-kind")).isEqualTo("nat");
        Element igw = (Element) root.getElementsByTagNameNS(SVG_NS, "svg").item(1);
        assertThat(igw.hasAttribute("x")).isFalse();
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Icons.svg("tg", 10.25, 3.5, 16.75))
                    .contains("x=\"10.25\"", "y=\"3.5\"", "width=\"16.75\"")
                    .doesNotContain(",");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSizeOutOfRangeIsRefusedClearly() {
        assertThatThrownBy(() -> Icons.svg("vpc", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.0 px").hasMessageContaining("from 8 to 2048");
        assertThatThrownBy(() -> Icons.svg("vpc", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
