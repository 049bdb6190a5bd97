package dev.vpclab.app.inspector;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.resource.DbInstance;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkAcl;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.RouteTable;
import dev.vpclab.model.resource.SecurityGroup;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VpcEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector on the right: the selected resource's header (icon, name, kind · VPC), chips of what applies to
 * it, its property sheet with the inline error of a refused edit, then the editor made for its kind (rules,
 * routes, associations, addresses).
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel model;
    private final EditorModel editor;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label placeholder = new Label();
    private final HBox header = new HBox(10);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final GridPane chips = new GridPane();
    private final PropertySheet sheet;
    private final Label error = new Label();
    private final VBox kindBox = new VBox();
    private final VBox markBox = new VBox(8);
    private final Label markNote = new Label();
    private String shownId;
    private KindEditor kindEditor;
    private RuleMark mark;
    private KindEditor markedEditor;
    private boolean markAtTop;
    /**
     * What was brought into view (the marked rule, an editor) while the user has not scrolled since: applied again
     * while the content's layout settles; null when nothing is.
     */
    private Runnable keepInView;

    /** @param model the view-model */
    public InspectorView(InspectorViewModel model) {
        this.model = model;
        this.editor = model.editor();
        getStyleClass().add("inspector");
        setId("inspector");

        Label panelTitle = new Label();
        panelTitle.textProperty().bind(model.i18n().bind("ui.inspector.title"));
        panelTitle.getStyleClass().add("panel-title");
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_VERTICAL));
        more.getStyleClass().addAll("flat", "button-icon", "panel-tool", "no-arrow");
        MenuItem copyId = new MenuItem();
        copyId.textProperty().bind(model.i18n().bind("ui.inspector.copyId"));
        copyId.setOnAction(e -> copy(model.resourceProperty().get() == null ? "" : model.resourceProperty().get().id()));
        more.getItems().add(copyId);
        more.disableProperty().bind(model.resourceProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox panelHeader = new HBox(panelTitle, spacer, more);
        panelHeader.setAlignment(Pos.CENTER_LEFT);
        panelHeader.getStyleClass().add("panel-header");

        title.getStyleClass().add("inspector-name");
        title.setId("inspector-name");
        subtitle.getStyleClass().add("inspector-kind");
        subtitle.setId("inspector-kind");
        header.getStyleClass().add("inspector-header");
        header.setAlignment(Pos.CENTER_LEFT);

        chips.getStyleClass().add("property-grid");
        chips.setHgap(10);
        chips.setVgap(6);

        sheet = new PropertySheet();
        sheet.getItems().setAll(model.fields());
        model.fields().addListener((javafx.collections.ListChangeListener<PropertyField>) c -> sheet.getItems().setAll(model.fields()));
        sheet.setId("property-sheet");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new PropertyEditors());
        sheet.getStyleClass().add("inspector-sheet");
        sheet.skinProperty().addListener((o, a, b) -> growSheetToItsContent());

        error.setId("inspector-error");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        markNote.setId("inspector-mark-note");
        markNote.setWrapText(true);
        markNote.getStyleClass().add("trace-mark-note");
        markBox.setId("inspector-mark");
        markBox.getStyleClass().add("trace-mark");

        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        placeholder.setId("inspector-placeholder");

        content.getStyleClass().add("inspector-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(panelHeader, scroll);
        // The sheet grows to its content a pulse or two after a resource is shown, and the scroll value is a
        // fraction of the content height: keep what was brought into view there until the user scrolls.
        content.heightProperty().addListener((o, a, b) -> keepRevealing());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> keepRevealing());
        // only the user's own scrolling ends it (the skin also moves the value when the content grows)
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> keepInView = null);
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> keepInView = null);
        scroll.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keepInView = null);

        editor.revisionProperty().addListener((o, a, b) -> sync());
        editor.selection().addListener((SetChangeListener<String>) c -> sync());
        model.i18n().localeProperty().addListener((o, a, b) -> {
            shownId = null;
            sync();
        });
        sync();
    }

    /** The sheet's own scroll pane would cut long sheets short; the inspector scrolls as a whole instead. */
    private void growSheetToItsContent() {
        javafx.application.Platform.runLater(() -> {
            if (sheet.lookup(".scroll-pane") instanceof ScrollPane sp) {
                sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                sp.setFitToWidth(true);
                sp.contentProperty().addListener((o, a, c) -> follow(sp));
                follow(sp);
            }
        });
    }

    private static void follow(ScrollPane sp) {
        if (!(sp.getContent() instanceof javafx.scene.layout.Pane content)) {
            return;
        }
        Runnable fit = () -> {
            double bottom = 0;
            for (Node n : content.getChildren()) {
                bottom = Math.max(bottom, n.getBoundsInParent().getMaxY());
            }
            double h = Math.max(content.prefHeight(content.getWidth() > 0 ? content.getWidth() : -1), bottom + content.snappedBottomInset());
            sp.setPrefViewportHeight(h);
            sp.setMinViewportHeight(h);
        };
        javafx.beans.InvalidationListener refit = o -> fit.run();
        content.getChildren().forEach(n -> n.boundsInParentProperty().addListener(refit));
        content.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            content.getChildren().forEach(n -> {
                n.boundsInParentProperty().removeListener(refit);
                n.boundsInParentProperty().addListener(refit);
            });
            fit.run();
        });
        fit.run();
    }

    private void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
    }

    private void sync() {
        Resource r = model.resourceProperty().get();
        if (r == null) {
            shownId = null;
            kindEditor = null;
            int n = model.selectionSizeProperty().get();
            String key = n == 1 ? editor.selection().iterator().next() : "";
            int bar = key.indexOf('|');
            if (bar > 0) {
                Resource vpc = editor.document().get(key.substring(0, bar));
                placeholder.setText(model.i18n().get("ui.inspector.azColumn", key.substring(bar + 1),
                        vpc == null ? key.substring(0, bar) : vpc.label()));
            } else {
                placeholder.setText(n > 1 ? model.i18n().get("ui.inspector.many", n) : model.i18n().get("ui.inspector.none"));
            }
            content.getChildren().setAll(placeholder);
            markedEditor = null;
            markAtTop = false;
            return;
        }
        if (!r.id().equals(shownId)) {
            shownId = r.id();
            kindEditor = kindEditor(r);
            kindBox.getChildren().setAll(kindEditor == null ? List.of() : List.of(kindEditor.node()));
            content.getChildren().setAll(header, chips, sheet, error, kindBox);
            markedEditor = null;
            markAtTop = false;
            keepInView = null;
            scroll.setVvalue(0);
        } else if (kindEditor != null) {
            kindEditor.refresh();
        }
        header.getChildren().setAll(Icons.node(model.icon(), 40), new VBox(2, title, subtitle));
        title.setText(model.title());
        subtitle.setText(model.subtitle());
        fillChips();
        applyMark(r);
    }

    /**
     * Marks the rule a trace hop was decided by: whenever the marked resource is inspected, its editor selects and
     * tints the rule and shows the note and the card (the suggested fix) under its rules, or at the top of the
     * inspector for resources without rules.
     *
     * @param rule the mark, or null to remove it
     * @param card what to show with the note (the suggested fix), or null
     */
    public void showMark(RuleMark rule, Node card) {
        removeMark();
        mark = rule;
        markNote.textProperty().unbind();
        markNote.getStyleClass().removeAll("trace-mark-deny", "trace-mark-allow");
        if (rule != null) {
            markNote.textProperty().bind(rule.note());
            markNote.getStyleClass().add(rule.denied() ? "trace-mark-deny" : "trace-mark-allow");
            markBox.getChildren().setAll(card == null ? List.of(markNote) : List.of(markNote, card));
        } else {
            markBox.getChildren().clear();
        }
        Resource r = model.resourceProperty().get();
        if (r != null) {
            applyMark(r);
        }
    }

    /** @return the current mark, or null */
    public RuleMark mark() {
        return mark;
    }

    private void applyMark(Resource r) {
        boolean wanted = mark != null && r.id().equals(mark.resourceId());
        if (!wanted) {
            removeMark();
            return;
        }
        if (markedEditor != null || markAtTop) {
            return;
        }
        if (kindEditor != null && kindEditor.mark(mark, markBox)) {
            markedEditor = kindEditor;
        } else {
            content.getChildren().add(content.getChildren().indexOf(header) + 1, markBox);
            markAtTop = true;
        }
        revealMark();
    }

    private void removeMark() {
        if (markedEditor != null) {
            markedEditor.mark(null, null);
        }
        if (markAtTop) {
            content.getChildren().remove(markBox);
        }
        markedEditor = null;
        markAtTop = false;
        keepInView = null;
    }

    /** Scrolls so that the marked rules and the card below them are in view, now and while the layout settles. */
    private void revealMark() {
        bringIntoView(this::revealMarkNow);
    }

    private void bringIntoView(Runnable scrolling) {
        keepInView = scrolling;
        javafx.application.Platform.runLater(scrolling);
    }

    private void keepRevealing() {
        Runnable r = keepInView;
        if (r != null) {
            javafx.application.Platform.runLater(r);
        }
    }

    /** Scrolls just enough to show the whole kind editor, or its top when it is taller than the view. */
    private void revealEditorNow() {
        double view = settledViewHeight();
        double top = kindBox.getBoundsInParent().getMinY();
        scrollTo(Math.min(top, kindBox.getBoundsInParent().getMaxY() - view));
    }

    private void revealMarkNow() {
        if (markBox.getScene() == null || markBox.getParent() == null) {
            return;
        }
        double view = settledViewHeight();
        javafx.geometry.Bounds box = content.sceneToLocal(markBox.localToScene(markBox.getBoundsInLocal()));
        double top = markedEditor != null ? kindBox.getBoundsInParent().getMinY() : box.getMinY() - 60;
        // the rules, the note and the card when they fit; else the card whole with as many rules above it as
        // fit, but always the row just above the note (where the deciding rule usually is)
        double y = Math.max(top, box.getMaxY() + 8 - view);
        scrollTo(Math.min(y, box.getMinY() - 40));
    }

    /** Lays the content out as it is now. @return the height of the visible part */
    private double settledViewHeight() {
        content.applyCss();
        content.layout();
        return scroll.getViewportBounds().getHeight();
    }

    /** Scrolls so that the content's row y is at the top of the view, as far as the content allows. */
    private void scrollTo(double y) {
        double h = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (h > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, y) / h));
        }
    }

    private void fillChips() {
        chips.getChildren().clear();
        Map<String, FlowPane> rows = new LinkedHashMap<>();
        for (Associations.Chip c : model.chips()) {
            rows.computeIfAbsent(c.role(), k -> {
                FlowPane p = new FlowPane(6, 6);
                p.setPrefWrapLength(200);
                return p;
            }).getChildren().add(chip(c));
        }
        int row = 0;
        for (Map.Entry<String, FlowPane> e : rows.entrySet()) {
            Label caption = new Label(model.i18n().get("ui.inspector.chips." + e.getKey()));
            caption.getStyleClass().add("property-name");
            caption.setMinWidth(96);
            GridPane.setHgrow(e.getValue(), Priority.ALWAYS);
            chips.addRow(row++, caption, e.getValue());
        }
        chips.setVisible(row > 0);
        chips.setManaged(row > 0);
    }

    private Node chip(Associations.Chip c) {
        Button b = new Button(c.label(), Icons.node(c.icon(), 14));
        b.getStyleClass().add("chip");
        b.setId("chip-" + c.id());
        b.setOnAction(e -> model.open(c.id()));
        return b;
    }

    private KindEditor kindEditor(Resource r) {
        if (r instanceof NetworkAcl) {
            return new NaclEditorView(new NaclEditorModel(editor, r.id()), model.i18n());
        } else if (r instanceof SecurityGroup) {
            return new SecurityGroupEditorView(new SecurityGroupEditorModel(editor, r.id()), model.i18n());
        } else if (r instanceof RouteTable) {
            return new RouteTableEditorView(new RouteTableEditorModel(editor, r.id()), model.i18n());
        } else if (r instanceof Subnet) {
            return new SubnetEditorView(new SubnetEditorModel(editor, r.id()), model.i18n());
        } else if (r instanceof LoadBalancer) {
            return new Stacked(new InterfaceEditorView(new InterfaceEditorModel(editor, r.id()), model.i18n()),
                    new LoadBalancerSummaryView(editor, r.id()));
        } else if (r instanceof Instance || r instanceof NetworkInterface || r instanceof DbInstance || r instanceof VpcEndpoint) {
            return new InterfaceEditorView(new InterfaceEditorModel(editor, r.id()), model.i18n());
        }
        return null;
    }

    /**
     * Opens the editor of a field of the inspected resource (a problem was double-clicked).
     *
     * @param field the field, e.g. "entries" or "routeTableId"
     */
    public void focus(String field) {
        if (kindEditor != null) {
            kindEditor.focus(field == null ? "" : field);
            bringIntoView(this::revealEditorNow);
        }
    }

    /** Two kind editors one above the other. */
    private record Stacked(KindEditor first, KindEditor second) implements KindEditor {
        @Override
        public Node node() {
            return new VBox(10, first.node(), second.node());
        }

        @Override
        public void refresh() {
            first.refresh();
            second.refresh();
        }
    }
}
