package dev.vpclab.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Labels that do not fit are shortened with "…" and never overflow their room. */
class LabelEliderTest {

    private static final TextStyle STYLE = new TextStyle(10, false, false, Colour.hex("#000000"), TextStyle.Align.LEFT);
    private final LabelElider elider = new LabelElider(new FixedWidthMeasurer());

    @Test
    void aLabelThatFitsIsKept() {
        assertThat(elider.elide("web-1", 30, STYLE)).isEqualTo("web-1");
    }

    @Test
    void aLabelThatDoesNotFitIsCutAndEndsWithAnEllipsis() {
        // 6 px per character: "abcdef…" is 42 px, "abcdefg…" 48 px
        assertThat(elider.elide("abcdefghij", 45, STYLE)).isEqualTo("abcdef…");
        assertThat(elider.elide("abc  defghij", 30, STYLE)).isEqualTo("abc…");
    }

    @Test
    void noRoomGivesNothing() {
        assertThat(elider.elide("abcdef", 4, STYLE)).isEmpty();
        assertThat(elider.elide("", 100, STYLE)).isEmpty();
    }

    @Property
    void theResultAlwaysFitsAndIsAPrefix(@ForAll @StringLength(max = 40) String text, @ForAll @DoubleRange(min = 0, max = 300) double room) {
        String out = elider.elide(text, room, STYLE);
        assertThat(elider.width(out, STYLE)).isLessThanOrEqualTo(Math.max(room, 0));
        String stem = out.endsWith(LabelElider.ELLIPSIS) ? out.substring(0, out.length() - 1) : out;
        assertThat(text).startsWith(stem);
    }
}
