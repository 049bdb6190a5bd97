package dev.vpclab.app.render;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link RenderModel} of a document: every drawn element as an item (positions from the layout,
 * completed by the automatic layout for elements that have none), in drawing order (containers outside-in, then
 * load balancers, nodes and edge gateways), and the connectors derived from the model.
 */
public final class RenderModelBuilder {

    private RenderModelBuilder() {
    }

    /**
     * @param doc a document
     * @param locale the language of the labels
     * @return its render model
     */
    public static RenderModel build(Document doc, Locale locale) {
        Set<String> drawn = ElementKeys.drawnKeys(doc);
        Map<String, Bounds> bounds = LayoutCompletion.complete(doc, drawn);
        Map<String, String> container = new HashMap<>();
        for (String key : drawn) {
            container.put(key, ElementKeys.containerOf(doc, key));
        }
        ItemFactory factory = new ItemFactory(doc, locale);
        List<RenderItem> items = new ArrayList<>();
        for (String key : drawn) {
            Bounds b = bounds.get(key);
            if (b == null) {
                continue;
            }
            String parent = container.get(key);
            RenderItem it = factory.item(key, b, parent != null && bounds.containsKey(parent) ? parent : null,
                    depth(key, container));
            if (it != null) {
                items.add(it);
            }
        }
        items.sort(Comparator.comparingInt((RenderItem it) -> it.type().ordinal()).thenComparingInt(RenderItem::depth)
                .thenComparing(RenderItem::key));
        Map<String, RenderItem> byKey = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            RenderItem it = items.get(i).withZ(i);
            items.set(i, it);
            byKey.put(it.key(), it);
        }
        return new RenderModel(items, ConnectorDeriver.derive(doc, byKey, locale));
    }

    private static int depth(String key, Map<String, String> container) {
        int d = 0;
        String c = container.get(key);
        while (c != null && d < 32) {
            d++;
            c = container.get(c);
        }
        return d;
    }
}
