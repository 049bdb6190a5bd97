package dev.vpclab.app.trace;

import dev.vpclab.trace.TraceDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where the packet envelope stands at each row of the event list, as a fraction of the request's drawn path
 * (the canvas overlay moves its marker along that path). A device sits at its element; a check between two
 * devices sits between them; the reply walks the request's path back.
 */
final class MarkerTrack {

    private MarkerTrack() {
    }

    /**
     * @param rows the event list
     * @param forward the request's drawn path
     * @param centre an element's centre on the canvas, or null when it is not drawn
     * @return one position per row, 0 (the request's start) to 1 (its end); NaN when the path cannot be drawn
     */
    static double[] stops(List<HopRow> rows, List<String> forward, Function<String, double[]> centre) {
        List<String> keys = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (String k : forward) {
            double[] c = centre.apply(k);
            if (c != null && (keys.isEmpty() || !keys.get(keys.size() - 1).equals(k))) {
                keys.add(k);
                points.add(c);
            }
        }
        double[] out = new double[rows.size()];
        java.util.Arrays.fill(out, Double.NaN);
        if (keys.size() < 2) {
            return out;
        }
        double[] at = new double[keys.size()];
        for (int i = 1; i < keys.size(); i++) {
            at[i] = at[i - 1] + Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        double total = at[at.length - 1];
        int cursor = 0;
        for (int r = 0; r < rows.size(); r++) {
            HopRow row = rows.get(r);
            boolean stop = row.device() || row.blocking();
            if (!stop || row.place() == null) {
                continue;
            }
            int index = find(keys, row.place(), cursor, row.direction() == TraceDirection.FORWARD);
            if (index >= 0) {
                cursor = index;
                out[r] = total == 0 ? 0 : at[index] / total;
            }
        }
        fill(out);
        return out;
    }

    /** Searches forward from the cursor for the request, backwards for the reply. */
    private static int find(List<String> keys, String key, int cursor, boolean forward) {
        if (forward) {
            for (int i = cursor; i < keys.size(); i++) {
                if (keys.get(i).equals(key)) {
                    return i;
                }
            }
        } else {
            for (int i = Math.min(cursor, keys.size() - 1); i >= 0; i--) {
                if (keys.get(i).equals(key)) {
                    return i;
                }
            }
        }
        return keys.lastIndexOf(key);
    }

    /** Rows between two known stops get evenly spaced positions between them; rows before the first or after the last hold. */
    private static void fill(double[] out) {
        int prev = -1;
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                continue;
            }
            if (prev < 0) {
                for (int j = 0; j < i; j++) {
                    out[j] = out[i];
                }
            } else {
                for (int j = prev + 1; j < i; j++) {
                    out[j] = out[prev] + (out[i] - out[prev]) * (j - prev) / (double) (i - prev);
                }
            }
            prev = i;
        }
        if (prev >= 0) {
            for (int j = prev + 1; j < out.length; j++) {
                out[j] = out[prev];
            }
        }
    }
}
