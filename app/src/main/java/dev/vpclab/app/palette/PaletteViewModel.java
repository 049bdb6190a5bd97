package dev.vpclab.app.palette;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.editor.Notifier;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The palette without its nodes: the search text, the groups and items it lets through (with a count per
 * group), what an item puts on the drag board, and adding the kinds that are not drawn to the selected VPC.
 */
public final class PaletteViewModel {

    /**
     * A palette group as shown.
     *
     * @param category the category
     * @param items its items that match the search
     */
    public record Group(ResourceKind.Category category, List<PaletteItem> items) {
    }

    private final EditorModel editor;
    private final QuickAdd quickAdd;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();

    /** @param editor the open document */
    public PaletteViewModel(EditorModel editor) {
        this(editor, new IdGenerator());
    }

    /**
     * @param editor the open document
     * @param ids where new ids come from (tests pass a seeded one)
     */
    public PaletteViewModel(EditorModel editor, IdGenerator ids) {
        this.editor = editor;
        this.quickAdd = new QuickAdd(editor, ids);
        search.addListener((o, a, b) -> refresh());
        editor.i18n().localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** @return the search text */
    public StringProperty searchProperty() {
        return search;
    }

    /** @return the groups with at least one matching item, in category order */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** @return every item that matches the search, in palette order */
    public List<PaletteItem> visibleItems() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    private void refresh() {
        List<Group> next = new ArrayList<>();
        for (ResourceKind.Category c : ResourceKind.Category.values()) {
            List<PaletteItem> items = PaletteCatalog.ITEMS.stream().filter(i -> i.category() == c && matches(i)).toList();
            if (!items.isEmpty()) {
                next.add(new Group(c, items));
            }
        }
        groups.setAll(next);
    }

    /**
     * @param item an item
     * @return true if the search text is empty or occurs in its label (either language) or its id
     */
    public boolean matches(PaletteItem item) {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        Message label = Message.of(item.labelKey());
        return label.format(editor.i18n().locale()).toLowerCase(Locale.ROOT).contains(q)
                || label.english().toLowerCase(Locale.ROOT).contains(q)
                || label.korean().contains(q)
                || item.id().contains(q)
                || item.kind().awsName().toLowerCase(Locale.ROOT).contains(q);
    }

    /** @param item an item @return its label in the UI language */
    public String label(PaletteItem item) {
        return editor.i18n().get(item.labelKey());
    }

    /** @param category a group @return its title in the UI language */
    public String title(ResourceKind.Category category) {
        return editor.i18n().get("ui.palette.group." + category.name().toLowerCase(Locale.ROOT));
    }

    /**
     * @param item an item
     * @return what it puts on the drag board, or empty for items that are added by double-click instead
     */
    public Optional<String> dragId(PaletteItem item) {
        return item.drawn() ? Optional.of(item.id()) : Optional.empty();
    }

    /**
     * Double-click or Enter on an item: adds a route table, network ACL, security group, target group or Elastic
     * IP to the selected VPC; for drawn kinds, tells the user to drag them. A refusal goes to the notifier.
     *
     * @param item an item
     * @return true if a resource was added
     */
    public boolean activate(PaletteItem item) {
        if (item.drawn()) {
            editor.notifier().notify(Notifier.Level.INFO, Message.of("ui.palette.dragHint", label(item)));
            return false;
        }
        Optional<Message> refused = quickAdd.add(item);
        refused.ifPresent(m -> editor.notifier().notify(Notifier.Level.WARNING, m));
        return refused.isEmpty();
    }

    /** @return the language */
    public I18n i18n() {
        return editor.i18n();
    }
}
