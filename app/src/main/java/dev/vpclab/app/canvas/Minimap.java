package dev.vpclab.app.canvas;

import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.app.render.Theme;
import dev.vpclab.app.render.Viewport;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.document.Bounds;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The overview in the canvas's corner: the whole diagram in small, the part the view shows as a blue rectangle;
 * a click or drag centres the view there.
 */
final class Minimap extends StackPane {

    /** Width in pixels. */
    static final double WIDTH = 196;
    /** Height in pixels. */
    static final double HEIGHT = 128;
    private static final double PAD = 8;
    private static final int MAX_NODES = 600;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private RenderModel model = RenderModel.empty();
    private Viewport viewport;
    private Theme theme = Theme.LIGHT;
    private double scale = 1;
    private double ox;
    private double oy;

    /** @param centreOn called with a world point when the user clicks or drags */
    Minimap(BiConsumer<Double, Double> centreOn) {
        getChildren().addAll(canvas, frame);
        frame.setMouseTransparent(true);
        getStyleClass().add("diagram-minimap");
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        javafx.event.EventHandler<MouseEvent> go = e -> {
            centreOn.accept(ox + (e.getX() - PAD) / scale, oy + (e.getY() - PAD) / scale);
            e.consume();
        };
        canvas.setOnMousePressed(go);
        canvas.setOnMouseDragged(go);
    }

    void update(RenderModel m, Viewport v, Theme t) {
        boolean content = m != model || t != theme || viewport == null;
        this.model = m;
        this.viewport = v;
        this.theme = t;
        if (content) {
            draw();
        }
        drawFrame();
    }

    private static Color fx(dev.vpclab.app.render.Colour c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(fx(theme.minimapFill()));
        g.fillRoundRect(0, 0, WIDTH, HEIGHT, 10, 10);
        g.setStroke(fx(theme.badgeBorder()));
        g.setLineWidth(1);
        g.strokeRoundRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 10, 10);
        Bounds w = model.worldBounds();
        if (viewport != null) {
            w = w.width() <= 0 ? viewport.world() : w;
        }
        if (w.width() <= 0 || w.height() <= 0) {
            return;
        }
        scale = Math.min((WIDTH - 2 * PAD) / w.width(), (HEIGHT - 2 * PAD) / w.height());
        ox = w.x() - ((WIDTH - 2 * PAD) / scale - w.width()) / 2;
        oy = w.y() - ((HEIGHT - 2 * PAD) / scale - w.height()) / 2;
        int nodes = 0;
        for (RenderItem it : model.items()) {
            Bounds b = it.bounds();
            double x = PAD + (b.x() - ox) * scale;
            double y = PAD + (b.y() - oy) * scale;
            double bw = Math.max(1, b.width() * scale);
            double bh = Math.max(1, b.height() * scale);
            switch (it.type()) {
                case REGION:
                    g.setStroke(fx(theme.regionBorder()));
                    g.strokeRect(x, y, bw, bh);
                    break;
                case VPC:
                    g.setStroke(fx(theme.vpcBorder()));
                    g.strokeRect(x, y, bw, bh);
                    break;
                case SUBNET:
                    g.setFill(fx(theme.subnetFill(it.publicTier())));
                    g.fillRect(x, y, bw, bh);
                    g.setStroke(fx(theme.subnetBorder(it.publicTier())));
                    g.strokeRect(x, y, bw, bh);
                    break;
                case LOAD_BALANCER:
                    g.setFill(fx(theme.lbBorder()).deriveColor(0, 1, 1, 0.5));
                    g.fillRect(x, y, bw, bh);
                    break;
                case NODE:
                case EDGE_NODE:
                    if (nodes++ < MAX_NODES) {
                        g.setFill(Color.web(Icons.category(it.iconKind())));
                        double s = Math.max(2, Math.min(bw, bh) * 0.5);
                        g.fillRect(x + bw / 2 - s / 2, y + Math.min(bh, 40 * scale) / 2 - s / 2, s, s);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void drawFrame() {
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (viewport == null) {
            return;
        }
        Bounds v = viewport.world();
        double x = PAD + (v.x() - ox) * scale;
        double y = PAD + (v.y() - oy) * scale;
        g.save();
        g.beginPath();
        g.rect(1, 1, WIDTH - 2, HEIGHT - 2);
        g.clip();
        g.setFill(fx(theme.selection()).deriveColor(0, 1, 1, 0.10));
        g.fillRect(x, y, v.width() * scale, v.height() * scale);
        g.setStroke(fx(theme.selection()));
        g.setLineWidth(1.5);
        g.strokeRect(x, y, v.width() * scale, v.height() * scale);
        g.restore();
    }
}
