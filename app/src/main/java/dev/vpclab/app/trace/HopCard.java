package dev.vpclab.app.trace;

import dev.vpclab.app.ui.I18n;
import dev.vpclab.engine.Packet;
import dev.vpclab.model.net.TrafficDirection;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceDirection;
import dev.vpclab.trace.format.TraceFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card beside the event list for the current hop: what it is ("Hop 8 · return · NACL acl-0app (outbound)"),
 * the explanation code, the packet's five-tuple, what happened in a sentence in the UI language with the other
 * language beneath, and links to the rule in the inspector and to the trace as JSON.
 */
final class HopCard {

    private final TraceViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final FontIcon titleIcon = new FontIcon(Feather.CHECK_CIRCLE);
    private final Label code = new Label();
    private final Label packet = new Label();
    private final VBox sentences = new VBox(6);
    private final Label hint = new Label();
    private final HBox links;
    private final FlowPane codeRow;
    private final VBox details = new VBox(6);
    private final javafx.scene.control.ScrollPane body = new javafx.scene.control.ScrollPane(details);
    private final Consumer<HopRow> showRule;

    /**
     * @param model the Trace tab's model
     * @param showRule opens a hop's rule in the inspector
     */
    HopCard(TraceViewModel model, Consumer<HopRow> showRule) {
        this.model = model;
        this.i18n = model.editor().i18n();
        this.showRule = showRule;
        root.setId("trace-hop-card");
        root.getStyleClass().add("trace-hop-card");
        title.setId("trace-hop-title");
        title.getStyleClass().add("hop-title");
        title.setGraphic(titleIcon);
        title.setWrapText(true);
        code.setId("trace-hop-code");
        code.getStyleClass().add("code-chip");
        packet.setId("trace-hop-packet");
        packet.getStyleClass().add("hop-packet");
        codeRow = new FlowPane(10, 4, code, packet);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        codeRow.prefWrapLengthProperty().bind(root.widthProperty().subtract(30));
        sentences.setId("trace-hop-sentences");
        hint.setWrapText(true);
        hint.setId("trace-hop-hint");
        hint.getStyleClass().add("placeholder-text");
        Hyperlink rule = link("trace-show-rule", "tracemode.card.showRule", () -> {
            HopRow r = model.currentRow();
            if (r != null) {
                showRule.accept(r);
            }
        });
        Hyperlink json = link("trace-copy-json", "tracemode.card.copyJson", this::copyJson);
        links = new HBox(16, rule, json);
        links.setAlignment(Pos.CENTER_LEFT);
        body.setFitToWidth(true);
        body.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add("hop-card-body");
        body.setMinHeight(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setMinHeight(0);
        root.setMinWidth(400);
        root.setPrefWidth(470);

        model.stepper().currentProperty().addListener((o, a, b) -> update());
        model.resultProperty().addListener((o, a, b) -> update());
        model.errorProperty().addListener((o, a, b) -> update());
        i18n.localeProperty().addListener((o, a, b) -> update());
        update();
    }

    private Hyperlink link(String id, String key, Runnable action) {
        Hyperlink l = new Hyperlink();
        l.setId(id);
        l.textProperty().bind(i18n.bind(key));
        l.setOnAction(e -> action.run());
        l.getStyleClass().add("card-link");
        return l;
    }

    private void copyJson() {
        Trace t = model.trace();
        if (t != null) {
            ClipboardContent c = new ClipboardContent();
            c.putString(TraceFormatter.json(t));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private void update() {
        HopRow r = model.currentRow();
        TraceResult res = model.resultProperty().get();
        if (r == null || res == null) {
            boolean failed = model.errorProperty().get() != null;
            hint.setText(failed ? i18n.get(model.errorProperty().get()) : i18n.get("tracemode.card.hint"));
            hint.getStyleClass().remove("trace-error");
            if (failed) {
                hint.getStyleClass().add("trace-error");
            }
            root.getChildren().setAll(hint);
            root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blocking"), false);
            return;
        }
        if (!root.getChildren().contains(title)) {
            details.getChildren().setAll(codeRow, sentences);
            root.getChildren().setAll(title, body, links);
        }
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blocking"), r.blocking());
        title.setText(title(res, r));
        titleIcon.setIconCode(r.decision().stops() ? Feather.X_CIRCLE : Feather.CHECK_CIRCLE);
        titleIcon.getStyleClass().setAll("ikonli-font-icon", r.decision().stops() ? "hop-icon-deny" : "hop-icon-ok");
        String explanation = r.blocking() ? res.trace().explanationCode() : null;
        code.setText(explanation != null ? explanation : r.hop().lastStep().kind().name());
        code.getStyleClass().removeAll("code-chip-deny");
        if (explanation != null) {
            code.getStyleClass().add("code-chip-deny");
        }
        Packet p = r.hop().lastStep().packet();
        packet.setText(end(p.source().toString(), p.sourcePort()) + " \u2192 " + end(p.destination().toString(), p.destinationPort()) + "  "
                + p.protocol().toString().toUpperCase(Locale.ROOT));
        sentences.getChildren().clear();
        Locale ui = i18n.locale();
        Locale other = i18n.isKorean() ? Locale.ENGLISH : Locale.KOREAN;
        sentence(0, ui, r, "trace-sentence-ui");
        sentence(1, other, r, "trace-sentence-other");
    }

    private void sentence(int row, Locale locale, HopRow r, String id) {
        Label lang = new Label(Locale.KOREAN.equals(locale) ? "KO" : "EN");
        lang.getStyleClass().add("sentence-lang");
        lang.setMinWidth(Region.USE_PREF_SIZE);
        String text = r.hop().steps().stream().map(Step::sentence).map(m -> m.format(locale)).collect(Collectors.joining(" "));
        Label sentence = new Label(text);
        sentence.setId(id);
        sentence.setWrapText(true);
        sentence.getStyleClass().add(row == 0 ? "sentence" : "sentence-other");
        // a wrapping label needs a width to wrap at: the card's, less its padding and the language tag
        sentence.prefWidthProperty().bind(root.widthProperty().subtract(72));
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        lang.setMinWidth(22);
        HBox line = new HBox(10, lang, sentence);
        line.setAlignment(Pos.TOP_LEFT);
        sentences.getChildren().add(line);
    }

    private static String end(String address, int port) {
        return port > 0 ? address + ":" + port : address;
    }

    private String title(TraceResult res, HopRow r) {
        String dir = i18n.get(r.direction() == TraceDirection.FORWARD ? "tracemode.direction.forward" : "tracemode.direction.return");
        String what = HopLabels.component(res.document(), r.hop(), i18n);
        if (r.hop().type() == ComponentType.NETWORK_ACL || r.hop().type() == ComponentType.SECURITY_GROUP) {
            TrafficDirection d = RuleDirection.of(r.hop());
            if (d != null) {
                what += " (" + i18n.get(d == TrafficDirection.INBOUND ? "tracemode.fix.inbound" : "tracemode.fix.outbound") + ")";
            }
        }
        return i18n.get("tracemode.card.title", r.number(), dir, what);
    }

    VBox node() {
        return root;
    }

    /** @return the button row (tests) */
    HBox links() {
        return links;
    }

}
