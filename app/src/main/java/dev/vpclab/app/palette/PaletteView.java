package dev.vpclab.app.palette;

import dev.vpclab.app.editor.DragFormats;
import dev.vpclab.icons.Icons;
import dev.vpclab.model.resource.ResourceKind;
import java.util.EnumSet;
import java.util.Set;
import atlantafx.base.controls.CustomTextField;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette on the left: a search field, collapsible groups with a count each, one row per kind with its
 * icon; rows are dragged onto the canvas, or (route tables, ACLs, security groups…) double-clicked to add them
 * to the selected VPC.
 */
public final class PaletteView extends VBox {

    private final PaletteViewModel model;
    private final VBox groupsBox = new VBox();
    private final Set<ResourceKind.Category> collapsed = EnumSet.noneOf(ResourceKind.Category.class);
    private final Button collapseButton = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));

    /** @param model the palette's view-model */
    public PaletteView(PaletteViewModel model) {
        this.model = model;
        getStyleClass().add("palette");
        setId("palette");

        Label title = new Label();
        title.textProperty().bind(model.i18n().bind("ui.palette.title"));
        title.getStyleClass().add("panel-title");
        collapseButton.getStyleClass().addAll("flat", "button-icon", "panel-tool");
        collapseButton.setId("palette-collapse");
        collapseButton.setTooltip(tooltip("ui.palette.collapse"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, collapseButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        CustomTextField search = new CustomTextField();
        search.setId("palette-search");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.promptTextProperty().bind(model.i18n().bind("ui.palette.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.getStyleClass().add("palette-search");
        VBox.setMargin(search, new javafx.geometry.Insets(0, 10, 6, 10));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        groupsBox.getStyleClass().add("palette-groups");
        ScrollPane scroll = new ScrollPane(groupsBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label hint = new Label();
        hint.textProperty().bind(model.i18n().bind("ui.palette.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("palette-hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);

        getChildren().addAll(header, search, scroll, hint);
        model.groups().addListener((javafx.collections.ListChangeListener<PaletteViewModel.Group>) c -> rebuild());
        rebuild();
    }

    /** @return the button that folds the palette away (the window decides what folding means) */
    public Button collapseButton() {
        return collapseButton;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(model.i18n().bind(key));
        return t;
    }

    private void rebuild() {
        groupsBox.getChildren().clear();
        boolean searching = !model.searchProperty().get().isBlank();
        for (PaletteViewModel.Group g : model.groups()) {
            boolean folded = collapsed.contains(g.category()) && !searching;
            FontIcon chevron = new FontIcon(folded ? Feather.CHEVRON_RIGHT : Feather.CHEVRON_DOWN);
            chevron.getStyleClass().add("palette-chevron");
            Label name = new Label(model.title(g.category()).toUpperCase(model.i18n().locale()));
            name.getStyleClass().add("palette-group-title");
            Label count = new Label(Integer.toString(g.items().size()));
            count.getStyleClass().add("palette-group-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(6, chevron, name, spacer, count);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().add("palette-group");
            header.setId("palette-group-" + g.category().name().toLowerCase(java.util.Locale.ROOT));
            header.setOnMouseClicked(e -> {
                if (!collapsed.remove(g.category())) {
                    collapsed.add(g.category());
                }
                rebuild();
            });
            groupsBox.getChildren().add(header);
            if (!folded) {
                for (PaletteItem item : g.items()) {
                    groupsBox.getChildren().add(row(item));
                }
            }
        }
        if (model.groups().isEmpty()) {
            Label none = new Label(model.i18n().get("ui.palette.noMatch"));
            none.getStyleClass().add("palette-hint");
            groupsBox.getChildren().add(none);
        }
    }

    private Label row(PaletteItem item) {
        Label row = new Label(model.label(item), Icons.node(item.icon(), 18));
        row.setGraphicTextGap(10);
        row.getStyleClass().add("palette-item");
        row.setId("palette-item-" + item.id().replace(':', '-'));
        row.setMaxWidth(Double.MAX_VALUE);
        row.setFocusTraversable(true);
        row.setTooltip(tooltip(item.drawn() ? "ui.palette.tip.drag" : "ui.palette.tip.add"));
        row.setOnMouseClicked(e -> {
            row.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.activate(item);
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.activate(item);
                e.consume();
            }
        });
        model.dragId(item).ifPresent(id -> row.setOnDragDetected(e -> {
            Dragboard board = row.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(DragFormats.PALETTE_ITEM, id);
            board.setContent(content);
            board.setDragView(Icons.image(item.icon(), 36), 18, 18);
            e.consume();
        }));
        return row;
    }
}
