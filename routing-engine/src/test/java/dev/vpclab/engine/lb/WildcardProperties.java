package dev.vpclab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WildcardProperties {

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab*?/").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abAB/").ofMaxLength(8);
    }

    /** The oracle is a regular expression built from the pattern (only here; the engine uses none). */
    @Property(tries = 2000)
    void wildcardEqualsTheRegexOracle(@ForAll("patterns") String pattern, @ForAll("texts") String text, @ForAll boolean caseSensitive) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        Pattern p = Pattern.compile(regex.toString(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        assertThat(Wildcard.matches(pattern, text, caseSensitive)).isEqualTo(p.matcher(text).matches());
    }
}
