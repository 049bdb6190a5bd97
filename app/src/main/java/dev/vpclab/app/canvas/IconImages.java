package dev.vpclab.app.canvas;

import dev.vpclab.icons.Icons;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Icon images for the canvas, drawn once per kind and size step and then scaled: drawing a cached image is far
 * cheaper than drawing the icon's shapes every frame. Use on the JavaFX application thread.
 */
public final class IconImages {

    private static final int[] STEPS = {16, 24, 32, 48, 64, 96, 128, 192, 256};

    private static final int MAX_EXACT = 600;

    private final Map<String, Image> cache = new HashMap<>();
    private final Map<String, Image> exact = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > MAX_EXACT;
        }
    };

    /**
     * @param kind an icon name
     * @param pixels its size on screen, in screen pixels
     * @param outputScale device pixels per screen pixel
     * @return an image drawn at exactly that size (times the output scale), kept for reuse
     */
    public Image exact(String kind, int pixels, double outputScale) {
        int device = (int) Math.round(Math.max(8, pixels) * outputScale);
        if (device > 256) {
            return get(kind, device);
        }
        String key = kind + '#' + device;
        Image img = exact.get(key);
        if (img == null) {
            img = Icons.image(kind, device);
            exact.put(key, img);
        }
        return img;
    }

    /**
     * @param kind an icon name
     * @param pixels the size it will have on screen, in device pixels
     * @return an image at least that large (up to 256 px)
     */
    public Image get(String kind, double pixels) {
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            if (s >= pixels) {
                step = s;
                break;
            }
        }
        String key = kind + '@' + step;
        Image img = cache.get(key);
        if (img == null) {
            img = Icons.image(kind, step);
            cache.put(key, img);
        }
        return img;
    }
}
