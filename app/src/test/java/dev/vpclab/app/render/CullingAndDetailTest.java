package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.canvas.ConnectorKind;
import dev.vpclab.app.editor.Samples;
import dev.vpclab.model.document.Bounds;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Culling to the viewport, the spatial index, and the levels of detail. */
class CullingAndDetailTest {

    private static final RenderModel MODEL = RenderModelBuilder.build(Samples.load("ha-web"), Locale.ENGLISH);

    @Property(tries = 300)
    void cullingReturnsExactlyTheItemsIntersectingTheViewport(@ForAll @DoubleRange(min = -200, max = 1400) double x,
                                                                @ForAll @DoubleRange(min = -200, max = 1200) double y,
                                                                @ForAll @DoubleRange(min = 1, max = 900) double w,
                                                                @ForAll @DoubleRange(min = 1, max = 900) double h) {
        Bounds view = Bounds.of(x, y, w, h);
        List<String> expected = MODEL.items().stream().filter(it -> it.bounds().intersects(view)).map(RenderItem::key).toList();
        assertThat(MODEL.itemsIn(view).stream().map(RenderItem::key).toList()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void culledConnectorsAreExactlyThoseWhosePathBoxIntersects(@ForAll @DoubleRange(min = -200, max = 1400) double x,
                                                               @ForAll @DoubleRange(min = -200, max = 1200) double y,
                                                               @ForAll @DoubleRange(min = 1, max = 600) double size) {
        Bounds view = Bounds.of(x, y, size, size);
        long expected = MODEL.routedConnectors().stream().filter(r -> r.bounds().intersects(view)).count();
        assertThat(MODEL.connectorsIn(view, EnumSet.allOf(ConnectorKind.class))).hasSize((int) expected);
    }

    @Property(tries = 200)
    void hitTestingAgreesWithABruteForceSearch(@ForAll @DoubleRange(min = -50, max = 1200) double x,
                                               @ForAll @DoubleRange(min = -50, max = 950) double y) {
        RenderItem expected = null;
        for (RenderItem it : MODEL.items()) {
            if (it.bounds().contains(x, y)) {
                expected = it;
            }
        }
        assertThat(MODEL.hitTest(x, y)).isEqualTo(expected);
    }

    @Test
    void hiddenConnectorKindsAreNotReturned() {
        Bounds all = MODEL.worldBounds();
        assertThat(MODEL.connectorsIn(all, EnumSet.of(ConnectorKind.REPLICATION))).extracting(r -> r.connector().kind())
                .containsOnly(ConnectorKind.REPLICATION);
        assertThat(MODEL.connectorsIn(all, EnumSet.noneOf(ConnectorKind.class))).isEmpty();
    }

    @Test
    void theSpatialIndexFindsRectanglesSpanningManyCells() {
        Bounds[] rects = {Bounds.of(0, 0, 5000, 5000), Bounds.of(100, 100, 10, 10), Bounds.of(-900, -900, 10, 10)};
        SpatialIndex index = new SpatialIndex(rects, 256);
        assertThat(index.query(Bounds.of(95, 95, 10, 10))).containsExactly(0, 1);
        assertThat(index.query(Bounds.of(-1000, -1000, 50_000, 50_000))).containsExactly(0, 1, 2);
        assertThat(index.at(4999, 4999)).containsExactly(0);
        assertThat(index.at(-895, -895)).containsExactly(2);
        assertThat(index.query(Bounds.of(6000, 6000, 10, 10))).isEmpty();
    }

    @Test
    void levelOfDetailDropsTextBelow45PercentAndDetailBelow20() {
        assertThat(LevelOfDetail.of(1)).isEqualTo(LevelOfDetail.FULL);
        assertThat(LevelOfDetail.of(0.45)).isEqualTo(LevelOfDetail.FULL);
        assertThat(LevelOfDetail.of(0.449)).isEqualTo(LevelOfDetail.NO_TEXT);
        assertThat(LevelOfDetail.of(0.2)).isEqualTo(LevelOfDetail.NO_TEXT);
        assertThat(LevelOfDetail.of(0.199)).isEqualTo(LevelOfDetail.OUTLINE);
        assertThat(LevelOfDetail.FULL.text()).isTrue();
        assertThat(LevelOfDetail.NO_TEXT.text()).isFalse();
        assertThat(LevelOfDetail.NO_TEXT.icons()).isTrue();
        assertThat(LevelOfDetail.OUTLINE.icons()).isFalse();
    }

    private static RecordingPainter draw(double zoom) {
        RecordingPainter p = new RecordingPainter();
        Bounds w = MODEL.worldBounds();
        Viewport v = new Viewport(w.x(), w.y(), zoom, w.width() * zoom, w.height() * zoom);
        new DiagramRenderer(new FixedWidthMeasurer()).render(p, MODEL, v, RenderOptions.defaults(false), InteractionState.NONE,
                OverlayState.EMPTY);
        return p;
    }

    @Test
    void theRendererFollowsTheLevelOfDetail() {
        RecordingPainter full = draw(1);
        assertThat(full.texts).isNotEmpty();
        assertThat(full.icons).extracting(RecordingPainter.Icon::kind).contains("subnet-public", "vpc", "region", "instance");
        RecordingPainter noText = draw(0.4);
        assertThat(noText.texts).as("only container names, at a fixed readable screen size").isNotEmpty().allSatisfy(t -> {
            RenderItem it = MODEL.item(t.group().replace("#header", ""));
            assertThat(it.type()).isIn(ItemType.REGION, ItemType.VPC, ItemType.SUBNET);
            assertThat(t.style().size() * 0.4).isBetween(10.0 - 1e-9, 11.0 + 1e-9);
            assertThat(t.text()).isEqualTo(it.line(0));
        });
        assertThat(noText.icons).extracting(RecordingPainter.Icon::kind).contains("instance", "nat")
                .doesNotContain("subnet-public", "vpc", "acl");
        assertThat(draw(0.3).icons).as("12 px icons are drawn as their tile only").isEmpty();
        RecordingPainter outline = draw(0.15);
        assertThat(outline.texts).isEmpty();
        assertThat(outline.icons).isEmpty();
    }

    @Test
    void everyLabelStaysInsideItsElement() {
        RecordingPainter p = draw(1);
        FixedWidthMeasurer m = new FixedWidthMeasurer();
        int checked = 0;
        for (RecordingPainter.Text t : p.texts) {
            RenderItem it = t.group() == null ? null : MODEL.item(t.group().replace("#header", ""));
            if (it == null) {
                continue;
            }
            double w = m.width(t.text(), t.style());
            double left = t.style().align() == TextStyle.Align.LEFT ? t.x()
                    : t.style().align() == TextStyle.Align.CENTER ? t.x() - w / 2 : t.x() - w;
            Bounds b = it.bounds();
            assertThat(left).as("%s in %s", t.text(), it.key()).isGreaterThanOrEqualTo(b.x() - 0.01);
            assertThat(left + w).as("%s in %s", t.text(), it.key()).isLessThanOrEqualTo(b.maxX() + 0.01);
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void elidedLabelsEndWithAnEllipsis() {
        RecordingPainter p = draw(1);
        assertThat(p.texts).extracting(RecordingPainter.Text::text).anyMatch(s -> s.endsWith(LabelElider.ELLIPSIS));
        assertThat(p.texts).extracting(RecordingPainter.Text::text).contains("web-1", "10.0.11.12", "prod-vpc", "public-1a");
    }

    @Test
    void onlyTheViewportsElementsAreDrawn() {
        RecordingPainter p = new RecordingPainter();
        RenderItem inst = MODEL.item("i-0a3");
        Viewport v = new Viewport(inst.bounds().x() - 10, inst.bounds().y() - 10, 1, 120, 110);
        new DiagramRenderer(new FixedWidthMeasurer()).render(p, MODEL, v, RenderOptions.defaults(false), InteractionState.NONE,
                OverlayState.EMPTY);
        assertThat(p.groups).contains("i-0a3", "subnet-0app1a").doesNotContain("i-0b8", "nat-0b", "client-0user");
    }
}
