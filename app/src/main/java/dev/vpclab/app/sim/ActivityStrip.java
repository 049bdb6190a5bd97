package dev.vpclab.app.sim;

import dev.vpclab.app.ui.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Auto Scaling activity log as a strip under the charts: the newest entries side by side, all of them on hover. */
final class ActivityStrip extends HBox {

    private static final int SHOWN = 4;
    private static final int IN_TOOLTIP = 25;

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final HBox entries = new HBox(10);
    private final Tooltip all = new Tooltip();

    ActivityStrip(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("sim-activity");
        setId("activity-strip");
        Label title = new Label(null, new FontIcon(Feather.LAYERS));
        title.textProperty().bind(i18n.bind("simmode.activity.title"));
        title.getStyleClass().add("sim-activity-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        entries.setMinWidth(0);
        entries.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, entries);
        all.setWrapText(true);
        all.setMaxWidth(640);
        Tooltip.install(this, all);
        vm.activities().addListener((ListChangeListener<ActivityRow>) c -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        entries.getChildren().clear();
        if (vm.activities().isEmpty()) {
            Label none = new Label(i18n.get("simmode.activity.none"));
            none.getStyleClass().add("sim-muted");
            entries.getChildren().add(none);
            all.setText(none.getText());
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < vm.activities().size(); i++) {
            ActivityRow r = vm.activities().get(i);
            if (i < SHOWN) {
                if (i > 0) {
                    Label sep = new Label("|");
                    sep.getStyleClass().add("sim-activity-sep");
                    entries.getChildren().add(sep);
                }
                Label time = new Label(r.clock());
                time.getStyleClass().add("sim-activity-time");
                time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label what = new Label(r.text());
                what.getStyleClass().add("sim-activity-text");
                what.setMinWidth(i == 0 ? javafx.scene.layout.Region.USE_PREF_SIZE : 0);
                entries.getChildren().addAll(time, what);
            }
            if (i < IN_TOOLTIP) {
                text.append(r.clock()).append("  ").append(r.text()).append('\n');
            }
        }
        all.setText(text.toString().trim());
    }
}
