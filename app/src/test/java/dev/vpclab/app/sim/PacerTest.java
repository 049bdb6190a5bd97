package dev.vpclab.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Wall time into simulated seconds: fractions carry over, a stall never jumps ahead. */
class PacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void fractionsOfASimulatedSecondCarryOver() {
        Pacer p = new Pacer(1);
        p.start(0);
        long total = 0;
        for (int i = 1; i <= 25; i++) {
            total += p.advance(i * 40 * MS);
        }
        assertThat(total).as("25 ticks of 40 ms at 1x").isEqualTo(1);
    }

    @Test
    void sixtyTimesIsOneSimulatedMinutePerSecond() {
        Pacer p = new Pacer(60);
        assertThat(p.advance(5_000 * MS)).as("the first call only starts the clock").isZero();
        assertThat(p.advance(5_500 * MS)).isEqualTo(30);
        p.setSpeed(600);
        assertThat(p.advance(5_600 * MS)).isEqualTo(60);
    }

    @Test
    void aStallAdvancesAtMostOneWallSecondsWorth() {
        Pacer p = new Pacer(10);
        p.start(0);
        assertThat(p.advance(30_000 * MS)).isEqualTo(10);
        assertThat(p.advance(30_100 * MS)).isEqualTo(1);
    }

    @Test
    void theSpeedIsPositive() {
        assertThatThrownBy(() -> new Pacer(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
