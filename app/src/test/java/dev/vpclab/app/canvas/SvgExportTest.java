package dev.vpclab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.model.document.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG export: a well-formed standalone document with a group per element holding its label. */
class SvgExportTest {

    private static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExportIsWellFormedAndHoldsEveryDrawnElementWithItsLabel() throws Exception {
        for (String sample : Samples.NAMES) {
            Document doc = Samples.load(sample);
            String svg = DiagramExporter.svg(doc, ExportOptions.defaults());
            org.w3c.dom.Document xml = parse(svg);
            Element root = xml.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            Set<String> keys = new HashSet<>();
            NodeList groups = xml.getElementsByTagNameNS("*", "g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (g.hasAttribute("data-key")) {
                    keys.add(g.getAttribute("data-key"));
                }
            }
            StringBuilder text = new StringBuilder();
            NodeList titles = xml.getElementsByTagNameNS("*", "title");
            for (int i = 0; i < titles.getLength(); i++) {
                text.append(titles.item(i).getTextContent()).append('\n');
            }
            RenderModel model = RenderModelBuilder.build(doc, Locale.ENGLISH);
            for (RenderItem it : model.items()) {
                assertThat(keys).as(sample).contains(it.key());
                assertThat(text.toString()).as("%s: %s", sample, it.key()).contains(it.line(0));
            }
        }
    }

    @Test
    void labelsThatFitAreWrittenAsText() throws Exception {
        String svg = DiagramExporter.svg(Samples.load("ha-web"), ExportOptions.defaults());
        org.w3c.dom.Document xml = parse(svg);
        NodeList texts = xml.getElementsByTagNameNS("*", "text");
        Set<String> written = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            written.add(texts.item(i).getTextContent());
        }
        assertThat(written).contains("prod-vpc", "10.0.0.0/16", "public-1a", "web-1", "10.0.11.12", "us-east-1a", "HTTP 8080",
                "Multi-AZ sync");
        assertThat(svg).contains("data-kind=\"nat\"", "data-kind=\"instance\"");
    }

    @Test
    void darkAndScaledExportsChangeColoursAndSize() throws Exception {
        Document doc = Samples.load("web-server");
        String light = DiagramExporter.svg(doc, ExportOptions.defaults());
        String dark = DiagramExporter.svg(doc, ExportOptions.defaults().withDark(true).withScale(2));
        assertThat(light).contains("fill=\"#FFFFFF\"");
        assertThat(dark).contains("fill=\"#0D1117\"");
        double w1 = Double.parseDouble(parse(light).getDocumentElement().getAttribute("width"));
        double w2 = Double.parseDouble(parse(dark).getDocumentElement().getAttribute("width"));
        assertThat(w2).isBetween(2 * w1 - 2, 2 * w1 + 2);
    }
}
