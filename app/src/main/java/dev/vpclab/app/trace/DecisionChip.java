package dev.vpclab.app.trace;

import dev.vpclab.app.ui.I18n;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The coloured chip of a decision: a check for Allow and Delivered, a cross for Deny and Drop, arrows for the rest. */
final class DecisionChip {

    private DecisionChip() {
    }

    /**
     * @param d a decision
     * @param i18n the language
     * @return its chip
     */
    static Label of(Decision d, I18n i18n) {
        FontIcon icon = new FontIcon(icon(d));
        Label l = new Label(i18n.get(d.key()), icon);
        l.getStyleClass().addAll("decision-chip", d.styleClass());
        return l;
    }

    private static Ikon icon(Decision d) {
        switch (d) {
            case ALLOW:
            case DELIVERED:
                return Feather.CHECK_CIRCLE;
            case DENY:
            case DROP:
                return Feather.X_CIRCLE;
            case NAT:
                return Feather.REPEAT;
            case ROUTE:
                return Feather.GIT_BRANCH;
            default:
                return Feather.ARROW_RIGHT;
        }
    }
}
