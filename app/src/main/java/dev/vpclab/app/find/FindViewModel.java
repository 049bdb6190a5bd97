package dev.vpclab.app.find;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.I18n;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.net.Cidr;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.NetworkInterface;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find (Ctrl+F) without its nodes: resources whose name or id contains the query, that hold the address typed
 * (a private or public IP), or whose block equals or contains it (a CIDR, or the subnet around an address); the
 * best matches first. Choosing one selects it and centres the canvas on it.
 */
public final class FindViewModel {

    /** The most matches listed. */
    public static final int LIMIT = 50;

    private final EditorModel editor;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<FindMatch> matches = FXCollections.observableArrayList();

    /** @param editor the open document */
    public FindViewModel(EditorModel editor) {
        this.editor = editor;
        query.addListener((o, a, b) -> refresh());
        editor.documentProperty().addListener((o, a, b) -> refresh());
    }

    /** @return the text typed */
    public StringProperty queryProperty() {
        return query;
    }

    /** @return the matches for the query, best first */
    public ObservableList<FindMatch> matches() {
        return matches;
    }

    private void refresh() {
        matches.setAll(find(editor.document(), query.get()));
    }

    /**
     * @param doc a document
     * @param text the query
     * @return the matches, best first, at most {@link #LIMIT}
     */
    public static List<FindMatch> find(Document doc, String text) {
        String q = text == null ? "" : text.trim();
        List<FindMatch> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Ipv4Address address = Ipv4Address.isValid(q) ? Ipv4Address.parse(q) : null;
        Cidr block = q.contains("/") && Cidr.isValid(q) ? Cidr.parse(q) : null;
        for (Resource r : doc.all()) {
            FindMatch m = match(doc, r, lower, address, block);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(FindMatch::rank).thenComparing(FindMatch::label, String.CASE_INSENSITIVE_ORDER));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    private static FindMatch match(Document doc, Resource r, String q, Ipv4Address address, Cidr block) {
        String name = r.name().toLowerCase(Locale.ROOT);
        String id = r.id().toLowerCase(Locale.ROOT);
        if (name.equals(q) || id.equals(q)) {
            return of(doc, r, r.id(), 0);
        }
        for (Ipv4Address a : Addresses.addresses(doc, r)) {
            if (a.equals(address)) {
                return of(doc, r, a.toString(), 0);
            }
        }
        for (Cidr c : Addresses.blocks(r)) {
            if (c.equals(block)) {
                return of(doc, r, c.toString(), 0);
            }
        }
        if (name.startsWith(q) || id.startsWith(q)) {
            return of(doc, r, r.id(), 1);
        }
        if (name.contains(q) || id.contains(q)) {
            return of(doc, r, r.id(), 2);
        }
        if (address == null && block == null && q.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            for (Ipv4Address a : Addresses.addresses(doc, r)) {
                if (a.toString().startsWith(q)) {
                    return of(doc, r, a.toString(), 2);
                }
            }
            for (Cidr c : Addresses.blocks(r)) {
                if (c.toString().startsWith(q)) {
                    return of(doc, r, c.toString(), 2);
                }
            }
        }
        for (Cidr c : Addresses.blocks(r)) {
            if (address != null && c.contains(address) || block != null && !c.equals(block) && c.contains(block)) {
                return of(doc, r, c.toString(), 3);
            }
        }
        return null;
    }

    private static FindMatch of(Document doc, Resource r, String detail, int rank) {
        String reveal = r.id();
        if (r instanceof NetworkInterface e && e.instanceId() != null && doc.contains(e.instanceId())) {
            reveal = e.instanceId();
        }
        return new FindMatch(r.id(), r.label(), icon(r), detail, reveal, rank);
    }

    /**
     * @param r a resource
     * @return its icon name: the type name, or a drawing variant for public/private subnets and network LBs
     */
    static String icon(Resource r) {
        if (r instanceof LoadBalancer lb && !lb.isApplication()) {
            return "lb-network";
        }
        if (r instanceof Subnet) {
            return "subnet";
        }
        if (r instanceof Instance) {
            return "instance";
        }
        return r.kind().typeName();
    }

    /**
     * Selects a match and centres the canvas on it.
     *
     * @param match a match
     */
    public void reveal(FindMatch match) {
        if (match != null) {
            editor.reveal(match.revealKey());
        }
    }

    /** Reveals the best match, if any (Enter with nothing chosen). */
    public void revealFirst() {
        if (!matches.isEmpty()) {
            reveal(matches.get(0));
        }
    }

    /** @return the language */
    public I18n i18n() {
        return editor.i18n();
    }

    /**
     * @param match a match
     * @return "kind · detail" in the UI language
     */
    public String describe(FindMatch match) {
        Resource r = editor.document().get(match.id());
        String kind = r == null ? "" : editor.i18n().get("ui.kind." + r.kind().typeName());
        return match.detail().equals(match.label()) ? kind : kind + " · " + match.detail();
    }
}
