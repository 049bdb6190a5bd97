package dev.vpclab.icons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of SVG path data (SVG 1.1, section 8.3): every command letter is known, every command gets
 * whole sets of numbers, arc flags are 0 or 1, and the path starts with a move-to. Lenient renderers skip what
 * they cannot read, so a broken glyph could otherwise go unnoticed.
 */
final class SvgPathSyntax {

    private static final Map<Character, Integer> ARGUMENTS = Map.of(
            'M', 2, 'L', 2, 'H', 1, 'V', 1, 'C', 6, 'S', 4, 'Q', 4, 'T', 2, 'A', 7, 'Z', 0);
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*,?\\s*(?:([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?))");

    private SvgPathSyntax() {
    }

    /**
     * Checks path data.
     *
     * @param data the path data
     * @return the first problem found, or empty when the data is well formed
     */
    static Optional<String> problem(String data) {
        List<Object> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(data);
        int at = 0;
        while (at < data.length()) {
            if (data.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return Optional.of("unreadable text at offset " + at + ": '" + tail(data, at) + "'");
            }
            tokens.add(m.group(1) != null ? (Object) m.group(1).charAt(0) : (Object) Double.valueOf(m.group(2)));
            at = m.end();
        }
        if (tokens.isEmpty() || !(tokens.get(0) instanceof Character)
                || Character.toUpperCase((Character) tokens.get(0)) != 'M') {
            return Optional.of("path data must start with a move-to (M)");
        }
        int i = 0;
        while (i < tokens.size()) {
            char command = (Character) tokens.get(i++);
            int arity = ARGUMENTS.get(Character.toUpperCase(command));
            List<Double> numbers = new ArrayList<>();
            while (i < tokens.size() && tokens.get(i) instanceof Double) {
                numbers.add((Double) tokens.get(i++));
            }
            if (arity == 0) {
                if (!numbers.isEmpty()) {
                    return Optional.of("'" + command + "' takes no numbers but has " + numbers);
                }
                continue;
            }
            if (numbers.isEmpty() || numbers.size() % arity != 0) {
                return Optional.of("'" + command + "' needs sets of " + arity + " numbers but has " + numbers);
            }
            if (Character.toUpperCase(command) == 'A') {
                for (int set = 0; set < numbers.size(); set += 7) {
                    for (int flag = 3; flag <= 4; flag++) {
                        double value = numbers.get(set + flag);
                        if (value != 0 && value != 1) {
                            return Optional.of("arc flag must be 0 or 1, not " + value);
                        }
                    }
                    if (numbers.get(set) <= 0 || numbers.get(set + 1) <= 0) {
                        return Optional.of("arc radii must be positive in " + numbers.subList(set, set + 7));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String tail(String data, int at) {
        return data.substring(at, Math.min(data.length(), at + 12));
    }
}
