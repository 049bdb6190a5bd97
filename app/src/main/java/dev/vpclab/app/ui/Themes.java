package dev.vpclab.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Light and dark: AtlantaFX's Primer themes as the user-agent stylesheet, plus the app's own {@code app.css},
 * which only uses the theme's looked-up colours so that it follows the switch.
 */
public final class Themes {

    private static final String APP_CSS = "/dev/vpclab/app/css/app.css";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** @param dark start dark */
    public Themes(boolean dark) {
        this.dark.addListener((o, a, b) -> apply());
        this.dark.set(dark);
        apply();
    }

    /** @return whether the dark theme is on */
    public BooleanProperty darkProperty() {
        return dark;
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** @return the URL of the app's stylesheet, for scenes and popups */
    public static String appCss() {
        return Objects.requireNonNull(Themes.class.getResource(APP_CSS), "app.css is missing from the build").toExternalForm();
    }
}
