package dev.vpclab.engine.lb;

/**
 * Load-balancer rule wildcards: {@code *} matches zero or more characters, {@code ?} exactly one
 * (<a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html">listener
 * rule conditions</a>). No regular expressions.
 */
public final class Wildcard {

    private Wildcard() {
    }

    /**
     * @param pattern the pattern
     * @param text the text
     * @param caseSensitive false to compare letters without regard to case
     * @return true if the whole text matches
     */
    public static boolean matches(String pattern, String text, boolean caseSensitive) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*'
                    && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), caseSensitive))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean caseSensitive) {
        return a == b || (!caseSensitive && Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
