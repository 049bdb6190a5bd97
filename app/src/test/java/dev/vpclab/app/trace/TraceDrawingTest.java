package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.render.AwtTextMeasurer;
import dev.vpclab.app.render.Colour;
import dev.vpclab.app.render.DiagramRenderer;
import dev.vpclab.app.render.InteractionState;
import dev.vpclab.app.render.LineStyle;
import dev.vpclab.app.render.OverlayState;
import dev.vpclab.app.render.Painter;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.RenderModelBuilder;
import dev.vpclab.app.render.RenderOptions;
import dev.vpclab.app.render.TextStyle;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.model.document.Bounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canvas draws a trace as the mockup does: the request green, a reply dropped where the request arrived leaves
 * the request green (the cross marks the element), a request dropped on its way turns red into where it stopped.
 */
class TraceDrawingTest {

    /** Records the colour of every stroked line. */
    private static final class Strokes implements Painter {
        final List<Colour> lines = new ArrayList<>();
        final List<Colour> circles = new ArrayList<>();

        @Override
        public void begin(Viewport viewport, Colour background) {
        }

        @Override
        public void end() {
        }

        @Override
        public void rect(double x, double y, double w, double h, double radius, Colour fill, LineStyle stroke) {
        }

        @Override
        public void polyline(double[] points, LineStyle stroke) {
            lines.add(stroke.colour());
        }

        @Override
        public void polygon(double[] points, Colour fill, LineStyle stroke) {
        }

        @Override
        public void circle(double cx, double cy, double r, Colour fill, LineStyle stroke) {
            circles.add(fill);
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style) {
        }

        @Override
        public void icon(String kind, double x, double y, double size, double opacity) {
        }

        @Override
        public void tintedIcon(String kind, double x, double y, double size, Colour tile) {
        }

        @Override
        public void dotGrid(Bounds area, double spacing, double radius, Colour colour) {
        }

        @Override
        public void hatch(Bounds area, double spacing, LineStyle stroke) {
        }

        @Override
        public void beginGroup(String key, String type, String title) {
        }

        @Override
        public void endGroup() {
        }
    }

    private static Strokes draw(Traced t) {
        RenderModel model = RenderModelBuilder.build(t.result.document(), Locale.ENGLISH);
        OverlayState o = new OverlayState(t.path.forward(), null, t.path.back(), null, t.path.droppedAt(), Double.NaN, Map.of());
        Strokes p = new Strokes();
        Bounds w = model.worldBounds();
        new DiagramRenderer(new AwtTextMeasurer()).renderOverlay(p, model, new Viewport(w.x(), w.y(), 1, w.width(), w.height()),
                RenderOptions.defaults(false), InteractionState.NONE, o);
        return p;
    }

    @Test
    void aReplyDroppedAtTheServerLeavesTheRequestGreen() {
        Strokes p = draw(Traced.saved("broken-network", "Visit the shop"));
        assertThat(p.lines).as("nothing red: the cross is white on a red dot").doesNotContain(Theme.LIGHT.pathDropped());
        assertThat(p.lines).filteredOn(c -> c.equals(Theme.LIGHT.pathForward())).as("client → igw → web").hasSize(2);
        assertThat(p.circles).containsExactly(Theme.LIGHT.pathDropped());
    }

    @Test
    void aRequestDroppedOnItsWayTurnsRedIntoWhereItStopped() {
        Strokes p = draw(Traced.saved("broken-network", "App server downloads updates"));
        assertThat(p.lines).filteredOn(c -> c.equals(Theme.LIGHT.pathDropped())).as("app → igw, red").hasSize(1);
        assertThat(p.circles).containsExactly(Theme.LIGHT.pathDropped());
    }

    @Test
    void aReachableRequestHasNoCross() {
        Strokes p = draw(Traced.saved("ha-web", "HTTPS to the API"));
        assertThat(p.circles).isEmpty();
        assertThat(p.lines).doesNotContain(Theme.LIGHT.pathDropped());
        assertThat(p.lines).filteredOn(c -> c.equals(Theme.LIGHT.pathForward()) || c.equals(Theme.LIGHT.pathReturn()))
                .as("three segments there and three back").hasSize(6);
    }
}
