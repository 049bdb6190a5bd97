package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Bounds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the trace and simulation overlays and the selection draw. */
class OverlayRenderingTest {

    private static final RenderModel MODEL = RenderModelBuilder.build(Samples.load("ha-web"), Locale.ENGLISH);
    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-alb/0a1b2c3d4e5f6a7b";

    private static RecordingPainter overlay(InteractionState ui, OverlayState o) {
        RecordingPainter p = new RecordingPainter();
        Bounds w = MODEL.worldBounds();
        new DiagramRenderer(new FixedWidthMeasurer()).renderOverlay(p, MODEL, new Viewport(w.x(), w.y(), 1, w.width(), w.height()),
                RenderOptions.defaults(false), ui, o);
        return p;
    }

    @Test
    void nothingIsDrawnWithoutSelectionOrPaths() {
        RecordingPainter p = overlay(InteractionState.NONE, OverlayState.EMPTY);
        assertThat(p.lines).isZero();
    }

    @Test
    void pathsAreDrawnHopByHopSkippingElementsNotOnTheCanvas() {
        OverlayState o = new OverlayState(List.of("client-0user", "igw-0a1b", "acl-0pub", ALB, "i-0b7"), null,
                List.of("i-0b7", ALB), null, null, Double.NaN, Map.of());
        RecordingPainter p = overlay(InteractionState.NONE, o);
        // three forward segments (the ACL is not drawn) and one return segment
        assertThat(p.lines).isEqualTo(4);
    }

    @Test
    void aDroppedHopIsMarkedAndTheMarkerIsAnEnvelope() {
        OverlayState o = new OverlayState(List.of("client-0user", "igw-0a1b", ALB, "i-0b7"), null, List.of(), null, "i-0b7", 0.5, Map.of());
        RecordingPainter p = overlay(InteractionState.NONE, o);
        // 3 segments, the ✕ of the dropped hop (2 strokes) and the envelope's flap
        assertThat(p.lines).isEqualTo(6);
    }

    @Test
    void decorationsReplaceTheAddressAndGreyFailedNodes() {
        OverlayState o = new OverlayState(List.of(), null, List.of(), null, null, Double.NaN,
                Map.of("i-0b7", new NodeDecoration(Colour.hex("#D13212"), "82 % CPU", NodeDecoration.State.WARNING),
                        "i-0a3", new NodeDecoration(null, "failed", NodeDecoration.State.FAILED)));
        RecordingPainter p = new RecordingPainter();
        Bounds w = MODEL.worldBounds();
        new DiagramRenderer(new FixedWidthMeasurer()).renderBase(p, MODEL, new Viewport(w.x(), w.y(), 1, w.width(), w.height()),
                RenderOptions.defaults(false), o);
        assertThat(p.texts).filteredOn(t -> "i-0b7".equals(t.group())).extracting(RecordingPainter.Text::text)
                .contains("82 % CPU").doesNotContain("10.0.12.24");
        assertThat(p.texts).filteredOn(t -> "i-0a3".equals(t.group())).extracting(RecordingPainter.Text::text).contains("failed");
    }

    @Test
    void aSubnetsBadgeSitsOnItsTopEdgeClearOfItsHeaderLine() {
        OverlayState o = new OverlayState(List.of(), null, List.of(), null, null, Double.NaN,
                Map.of("subnet-0pub1a", new NodeDecoration(null, "acl-0pub \u00b7 Deny", NodeDecoration.State.FAILED)));
        RecordingPainter p = new RecordingPainter();
        Bounds w = MODEL.worldBounds();
        new DiagramRenderer(new FixedWidthMeasurer()).renderBase(p, MODEL, new Viewport(w.x(), w.y(), 1, w.width(), w.height()),
                RenderOptions.defaults(false), o);
        Bounds subnet = MODEL.item("subnet-0pub1a").bounds();
        List<RecordingPainter.Text> texts = p.texts.stream().filter(t -> "subnet-0pub1a#header".equals(t.group())).toList();
        RecordingPainter.Text badge = texts.stream().filter(t -> t.text().startsWith("acl-0pub")).findFirst().orElseThrow();
        RecordingPainter.Text name = texts.stream().filter(t -> t.text().equals("public-1a")).findFirst().orElseThrow();
        assertThat(badge.baseline()).as("on the top edge").isBetween(subnet.y() - 4, subnet.y() + 4);
        assertThat(name.baseline() - badge.baseline()).as("a line below the badge, not under it").isGreaterThanOrEqualTo(12);
    }

    @Test
    void aLoneSelectedContainerShowsItsHandles() {
        RecordingPainter lone = overlay(new InteractionState(Set.of("subnet-0app1a"), null, null, false), OverlayState.EMPTY);
        RecordingPainter two = overlay(new InteractionState(Set.of("subnet-0app1a", "i-0a3"), null, null, false), OverlayState.EMPTY);
        assertThat(lone.rects).as("outline and eight handles").isEqualTo(9);
        assertThat(two.rects).as("two outlines, no handles").isEqualTo(2);
        RecordingPainter node = overlay(new InteractionState(Set.of("i-0a3"), null, null, false), OverlayState.EMPTY);
        assertThat(node.rects).as("a node has no handles").isEqualTo(1);
    }
}
