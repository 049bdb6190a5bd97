package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.sim.RateProfile;
import dev.vpclab.sim.Scenario;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The traffic controls of a running simulation: a profile (constant, ramp, spike, daily) and a base rate, applied
 * from now on with {@link dev.vpclab.sim.TrafficSimulator#setRate}. The profiles' shapes follow the command line's
 * defaults ({@link dev.vpclab.sim.RateProfiles}): a ramp to 4R over ten minutes, a spike to 4R one minute from now
 * for ten minutes, a daily curve up to 2R over 24 hours.
 */
public final class TrafficControls {

    /** The profile buttons. */
    public enum Profile { CONSTANT, RAMP, SPIKE, DAILY }

    private final SimulationController controller;
    private final I18n i18n;
    private final Consumer<String> errors;
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile", Profile.CONSTANT);
    private final StringProperty rateText = new SimpleStringProperty(this, "rateText", "10");
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper(this, "profileText", "");
    private final ReadOnlyStringWrapper rateNow = new ReadOnlyStringWrapper(this, "rateNow", "");

    TrafficControls(SimulationController controller, I18n i18n, Consumer<String> errors) {
        this.controller = controller;
        this.i18n = i18n;
        this.errors = errors;
    }

    /**
     * Shows a new scenario's rate and profile, without applying them.
     *
     * @param sc the scenario
     */
    void reset(Scenario sc) {
        rateText.set(RateText.plain(sc.rate()));
        profile.set(kind(sc.profile()));
    }

    /**
     * Chooses a profile and applies it with the rate in the field.
     *
     * @param p the profile
     * @return true when applied, false when the rate cannot be read (the error says why)
     */
    public boolean choose(Profile p) {
        profile.set(p);
        return apply();
    }

    /** @return true when the rate and profile were sent, false when the rate cannot be read (the error says why) */
    public boolean apply() {
        double r;
        try {
            r = Double.parseDouble(rateText.get().trim().replace(",", ""));
        } catch (NumberFormatException | NullPointerException e) {
            r = Double.NaN;
        }
        if (!(r >= 0) || Double.isInfinite(r)) {
            errors.accept(i18n.get("simmode.rate.invalid", rateText.get() == null ? "" : rateText.get()));
            return false;
        }
        errors.accept("");
        controller.setRate(r, shape(profile.get(), r));
        return true;
    }

    /**
     * @param p a profile button
     * @param rate the base rate R
     * @return the profile it starts
     */
    static RateProfile shape(Profile p, double rate) {
        switch (p == null ? Profile.CONSTANT : p) {
            case RAMP: return new RateProfile.Ramp(4 * rate, 600);
            case SPIKE: return new RateProfile.Spike(4 * rate, 60, 600);
            case DAILY: return new RateProfile.Daily(2 * rate, 86400);
            default: return new RateProfile.Constant();
        }
    }

    /**
     * @param p a rate profile
     * @return the button that shows it (a CSV table shows as constant)
     */
    static Profile kind(RateProfile p) {
        if (p instanceof RateProfile.Ramp) {
            return Profile.RAMP;
        }
        if (p instanceof RateProfile.Spike) {
            return Profile.SPIKE;
        }
        if (p instanceof RateProfile.Daily) {
            return Profile.DAILY;
        }
        return Profile.CONSTANT;
    }

    void apply(SimulationSnapshot s) {
        String name = s.profile() instanceof RateProfile.Table ? "csv" : kind(s.profile()).name().toLowerCase(Locale.ROOT);
        profileText.set(i18n.get("simmode.profile.chip", i18n.get("simmode.profile." + name)));
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMaximumFractionDigits(1);
        rateNow.set(s.loaded() ? i18n.get("simmode.rate.now", f.format(s.currentRate())) : "");
    }

    /** @return the chosen profile */
    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    /** @return the base rate as typed, requests per second */
    public StringProperty rateTextProperty() {
        return rateText;
    }

    /** @return the profile running now, for a chip ("Profile: spike") */
    public ReadOnlyStringProperty profileTextProperty() {
        return profileText.getReadOnlyProperty();
    }

    /** @return the rate in the current second ("80 req/s now") */
    public ReadOnlyStringProperty rateNowProperty() {
        return rateNow.getReadOnlyProperty();
    }

    /** Writes a rate without a needless ".0". */
    static final class RateText {
        private RateText() {
        }

        static String plain(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
