package dev.vpclab.app.canvas;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.app.render.RenderItem;
import dev.vpclab.app.render.RenderModel;
import dev.vpclab.model.command.AddResources;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.CommandException;
import dev.vpclab.model.command.CompositeCommand;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.Reference;
import dev.vpclab.model.document.References;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.resource.AvailabilityZone;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copy and paste within the app: a copy takes the selected elements with everything drawn inside them and what
 * belongs to them (an instance's interfaces, a NAT gateway's Elastic IP, a load balancer's listeners, rules and
 * target groups, a VPC's route tables, ACLs and security groups); a paste adds them again with fresh ids, with the
 * copies referring to each other, new addresses planned where the originals' would clash, drawn 32 units further
 * on, as one undoable command.
 */
public final class PastePlanner {

    /** How far each paste is drawn from what was copied. */
    public static final double OFFSET = 32;

    /**
     * A copied group of resources.
     *
     * @param resources the resources
     * @param layout where their elements were drawn (element key → bounds)
     * @param roots the selected element keys
     */
    public record Clip(List<Resource> resources, Map<String, Bounds> layout, List<String> roots) {
        /** Validates. */
        public Clip {
            resources = List.copyOf(resources);
            layout = Map.copyOf(layout);
            roots = List.copyOf(roots);
        }

        /** @return true if there is nothing to paste */
        public boolean isEmpty() {
            return resources.isEmpty();
        }
    }

    private PastePlanner() {
    }

    /**
     * @param doc the document
     * @param model its render model
     * @param selection the selected element keys
     * @return the copy (Regions and Availability Zones are left out: each exists once)
     */
    public static Clip copy(Document doc, RenderModel model, Collection<String> selection) {
        List<String> roots = new ArrayList<>();
        for (RenderItem it : MovePlanner.roots(model, selection)) {
            Resource r = doc.get(it.key());
            if (r != null && !(r instanceof Region) && !(r instanceof AvailabilityZone)) {
                roots.add(it.key());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Bounds> layout = new LinkedHashMap<>();
        for (String key : model.withDescendants(roots)) {
            if (doc.contains(key)) {
                ids.add(key);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Resource r : doc.all()) {
                if (!ids.contains(r.id()) && belongs(r, ids) && !(r instanceof Region) && !(r instanceof AvailabilityZone)) {
                    ids.add(r.id());
                    grew = true;
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>(model.withDescendants(roots));
        for (String id : ids) {
            keys.add(id);
            keys.add(ElementKeys.standbyKey(id));
        }
        for (String key : keys) {
            RenderItem it = model.item(key);
            boolean ownerCopied = doc.contains(key) ? ids.contains(key) : owner(doc, key) != null && ids.contains(owner(doc, key));
            if (it != null && ownerCopied) {
                layout.put(key, it.bounds());
            }
        }
        List<Resource> resources = new ArrayList<>();
        ids.forEach(id -> resources.add(doc.get(id)));
        return new Clip(resources, layout, roots);
    }

    /** The resource an element key that is not a resource belongs to: a column's VPC, a standby's database. */
    private static String owner(Document doc, String key) {
        String vpc = ElementKeys.columnVpc(doc, key);
        if (vpc != null) {
            return ElementKeys.standbyOf(doc, key) != null ? key.substring(0, key.indexOf('|')) : vpc;
        }
        return null;
    }

    /** Whether a resource goes along with copied ones: it lives in a copied VPC or is a part of a copied resource. */
    private static boolean belongs(Resource r, Set<String> ids) {
        for (Reference ref : References.of(r)) {
            if (!ids.contains(ref.targetId())) {
                continue;
            }
            String f = ref.field();
            if (f.equals("vpcId") || f.equals("instanceId") || f.equals("associatedResourceId") || f.equals("loadBalancerId")
                    || f.equals("listenerId") || f.equals("subnetId") || f.equals("primarySubnetId")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param doc the document to paste into
     * @param clip what was copied
     * @param ids where new ids come from
     * @param offset how far to draw the copies from the originals (in world units, both ways)
     * @return one command adding the copies, or a refusal
     */
    public static EditPlan paste(Document doc, Clip clip, IdGenerator ids, double offset) {
        if (clip.isEmpty()) {
            return EditPlan.refused(Message.of("canvas.paste.empty"));
        }
        ResourceFactory factory = new ResourceFactory(ids, doc);
        Map<String, String> idMap = new LinkedHashMap<>();
        for (Resource r : clip.resources()) {
            idMap.put(r.id(), factory.newId(r.kind(), r.name()));
        }
        List<Resource> copies = new ArrayList<>();
        for (Resource r : clip.resources()) {
            copies.add((Resource) RecordRewriter.rewrite((Record) r, idMap));
        }
        Readdressing plan = new Readdressing(doc, idMap);
        List<Resource> readdressed;
        try {
            readdressed = plan.apply(copies);
        } catch (Readdressing.Refusal e) {
            return EditPlan.refused(e.reason);
        }
        Map<String, Bounds> layout = new LinkedHashMap<>();
        clip.layout().forEach((key, b) -> {
            String k = newKey(key, idMap);
            if (k != null) {
                layout.put(k, b.translate(offset, offset));
            }
        });
        List<Command> all = new ArrayList<>();
        all.add(new AddResources(readdressed, layout));
        try {
            Document after = MovePlanner.apply(doc, all);
            all.addAll(ContainerGrowth.grow(after, layout.keySet()));
            all.addAll(ContainerGrowth.growGroups(after, layout.keySet()));
        } catch (CommandException e) {
            return EditPlan.refused(e.reason());
        }
        List<String> select = clip.roots().stream().map(k -> newKey(k, idMap)).filter(k -> k != null).toList();
        Command c = all.size() == 1 ? all.get(0) : new CompositeCommand(all.get(0).description(), all);
        return EditPlan.of(c, select);
    }

    private static String newKey(String key, Map<String, String> idMap) {
        if (idMap.containsKey(key)) {
            return idMap.get(key);
        }
        int bar = key.indexOf('|');
        if (bar > 0 && idMap.containsKey(key.substring(0, bar))) {
            return idMap.get(key.substring(0, bar)) + key.substring(bar);
        }
        return null;
    }
}
