package dev.vpclab.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathDataTest {

    @ParameterizedTest
    @CsvSource({"20, 20", "4.5, 4.5", "1.23456, 1.235", "-0.0, 0", "0.0000001, 0", "-3.25, -3.25", "1e-4, 0"})
    void numbersArePlainShortDecimals(double value, String text) {
        assertThat(PathData.num(value)).isEqualTo(text);
    }

    @Test
    void anArrowHeadPointsTheWayItIsAsked() {
        // Pointing right: both barbs lie to the left of the tip, one above and one below.
        assertThat(PathData.arrowHead(10, 10, 1, 0, 2)).isEqualTo("M8.586 8.586 L10 10 L8.586 11.414");
        // Pointing down: both barbs lie above the tip.
        assertThat(PathData.arrowHead(10, 10, 0, 5, 2)).isEqualTo("M11.414 8.586 L10 10 L8.586 8.586");
    }

    @Test
    void aSpokeRunsFromRimToRim() {
        assertThat(PathData.spoke(0, 0, 1, 10, 0, 2)).isEqualTo("M1 0 L8 0");
    }

    @Test
    void shapesCloseAndPolylinesNeedWholePoints() {
        assertThat(PathData.polygon(0, 0, 1, 0, 1, 1)).endsWith("Z");
        assertThat(PathData.roundRect(1, 2, 3, 4, 0)).isEqualTo("M1 2 L4 2 L4 6 L1 6 Z");
        assertThatThrownBy(() -> PathData.polyline(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
