package dev.vpclab.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stepping through the event list: first, back, forward, last within bounds, and Play driven by a hand clock. */
class TraceStepperTest {

    private final TraceStepper stepper = new TraceStepper();
    private final List<Integer> stepped = new ArrayList<>();

    TraceStepperTest() {
        stepper.addStepListener(stepped::add);
        stepper.reset(5, -1);
    }

    @Test
    void startsAtTheFirstHopOrWhereAsked() {
        assertThat(stepper.currentProperty().get()).isZero();
        stepper.reset(5, 3);
        assertThat(stepper.currentProperty().get()).isEqualTo(3);
        stepper.reset(5, 99);
        assertThat(stepper.currentProperty().get()).as("clamped to the last hop").isEqualTo(4);
        stepper.reset(0, 2);
        assertThat(stepper.currentProperty().get()).as("no hops, no current hop").isEqualTo(-1);
    }

    @Test
    void stepsForwardAndBackWithinBounds() {
        stepper.back();
        assertThat(stepper.currentProperty().get()).as("back at the first stays there").isZero();
        stepper.forward();
        stepper.forward();
        assertThat(stepper.currentProperty().get()).isEqualTo(2);
        stepper.back();
        assertThat(stepper.currentProperty().get()).isEqualTo(1);
        stepper.last();
        assertThat(stepper.currentProperty().get()).isEqualTo(4);
        stepper.forward();
        assertThat(stepper.currentProperty().get()).as("forward at the last stays there").isEqualTo(4);
        stepper.first();
        assertThat(stepper.currentProperty().get()).isZero();
        stepper.go(-7);
        assertThat(stepper.currentProperty().get()).isZero();
        assertThat(stepped).containsExactly(0, 1, 2, 1, 4, 4, 0, 0);
    }

    @Test
    void stepsDoNothingWithoutHops() {
        stepper.reset(0, -1);
        stepper.forward();
        stepper.last();
        stepper.play();
        assertThat(stepper.currentProperty().get()).isEqualTo(-1);
        assertThat(stepper.playingProperty().get()).isFalse();
        assertThat(stepped).isEmpty();
    }

    @Test
    void playAdvancesOneHopPerIntervalAtTheChosenSpeed() {
        stepper.play();
        assertThat(stepper.playingProperty().get()).isTrue();
        stepper.tick(TraceStepper.SECONDS_PER_HOP / 2);
        assertThat(stepper.currentProperty().get()).isZero();
        assertThat(stepper.progressProperty().get()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        stepper.tick(TraceStepper.SECONDS_PER_HOP / 2);
        assertThat(stepper.currentProperty().get()).isEqualTo(1);
        stepper.speedProperty().set(2);
        stepper.tick(TraceStepper.SECONDS_PER_HOP);
        assertThat(stepper.currentProperty().get()).as("twice as fast: two hops in one interval").isEqualTo(3);
        assertThat(stepped).as("passing hops is not stepping").isEmpty();
    }

    @Test
    void playStopsAtTheLastHopAndSaysSo() {
        stepper.play();
        stepper.tick(TraceStepper.SECONDS_PER_HOP * 10);
        assertThat(stepper.currentProperty().get()).isEqualTo(4);
        assertThat(stepper.playingProperty().get()).isFalse();
        assertThat(stepper.progressProperty().get()).isZero();
        assertThat(stepped).containsExactly(4);
    }

    @Test
    void playAtTheEndStartsOverAndAStepPauses() {
        stepper.last();
        stepper.play();
        assertThat(stepper.currentProperty().get()).isZero();
        stepper.tick(TraceStepper.SECONDS_PER_HOP * 1.5);
        assertThat(stepper.currentProperty().get()).isEqualTo(1);
        stepper.forward();
        assertThat(stepper.playingProperty().get()).isFalse();
        assertThat(stepper.currentProperty().get()).isEqualTo(2);
        stepper.tick(TraceStepper.SECONDS_PER_HOP * 3);
        assertThat(stepper.currentProperty().get()).as("a paused clock moves nothing").isEqualTo(2);
    }

    @Test
    void togglePlayPausesWhereThePacketIs() {
        stepper.togglePlay();
        stepper.tick(TraceStepper.SECONDS_PER_HOP * 2.25);
        stepper.togglePlay();
        assertThat(stepper.playingProperty().get()).isFalse();
        assertThat(stepper.currentProperty().get()).isEqualTo(2);
        assertThat(stepper.progressProperty().get()).isZero();
    }
}
