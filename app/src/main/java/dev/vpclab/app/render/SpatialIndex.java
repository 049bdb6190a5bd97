package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A uniform grid over world space holding numbered rectangles, for culling to the viewport and hit testing:
 * a query visits only the cells it overlaps. Numbers come back in ascending order (the drawing order).
 */
public final class SpatialIndex {

    private final double cell;
    private final Bounds[] rects;
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<Long, Integer> fill = new HashMap<>();

    /**
     * @param rects the rectangles; their positions in the array are their numbers
     * @param cellSize the grid's cell size in world units
     */
    public SpatialIndex(Bounds[] rects, double cellSize) {
        this.cell = cellSize;
        this.rects = rects.clone();
        for (int i = 0; i < rects.length; i++) {
            Bounds b = rects[i];
            if (b == null) {
                continue;
            }
            int x0 = cellOf(b.x());
            int x1 = cellOf(b.maxX());
            int y0 = cellOf(b.y());
            int y1 = cellOf(b.maxY());
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) {
                    add(key(cx, cy), i);
                }
            }
        }
        fill.forEach((k, n) -> cells.put(k, Arrays.copyOf(cells.get(k), n)));
        fill.clear();
    }

    private void add(long key, int i) {
        int[] list = cells.get(key);
        int n = fill.getOrDefault(key, 0);
        if (list == null) {
            list = new int[4];
        } else if (n == list.length) {
            list = Arrays.copyOf(list, n * 2);
        }
        list[n] = i;
        cells.put(key, list);
        fill.put(key, n + 1);
    }

    private int cellOf(double v) {
        return (int) Math.floor(v / cell);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }

    /**
     * @param area a world rectangle
     * @return the numbers of the rectangles that overlap it with positive area, ascending
     */
    public int[] query(Bounds area) {
        BitSet hits = candidates(area.x(), area.y(), area.maxX(), area.maxY());
        int[] out = new int[hits.cardinality()];
        int n = 0;
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (rects[i].intersects(area)) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * @param x world x
     * @param y world y
     * @return the numbers of the rectangles that contain the point, ascending
     */
    public int[] at(double x, double y) {
        BitSet hits = candidates(x, y, x, y);
        int[] out = new int[hits.cardinality()];
        int n = 0;
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (rects[i].contains(x, y)) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private BitSet candidates(double x0, double y0, double x1, double y1) {
        BitSet hits = new BitSet(rects.length);
        int cx0 = cellOf(x0);
        int cx1 = cellOf(x1);
        int cy0 = cellOf(y0);
        int cy1 = cellOf(y1);
        if ((long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > cells.size()) {
            for (int[] list : cells.values()) {
                for (int i : list) {
                    hits.set(i);
                }
            }
            return hits;
        }
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int[] list = cells.get(key(cx, cy));
                if (list != null) {
                    for (int i : list) {
                        hits.set(i);
                    }
                }
            }
        }
        return hits;
    }
}
