package dev.vpclab.app.canvas;

import static dev.vpclab.model.layout.LayoutMetrics.ASG_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.ASG_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.AZ_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.AZ_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.REGION_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.SUBNET_PADDING;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_HEADER;
import static dev.vpclab.model.layout.LayoutMetrics.VPC_PADDING;

import dev.vpclab.app.render.ElementKeys;
import dev.vpclab.model.command.Command;
import dev.vpclab.model.command.ResizeElement;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.resource.AutoScalingGroup;
import dev.vpclab.model.resource.EgressOnlyInternetGateway;
import dev.vpclab.model.resource.Instance;
import dev.vpclab.model.resource.InternetGateway;
import dev.vpclab.model.resource.Region;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.Subnet;
import dev.vpclab.model.resource.VirtualPrivateGateway;
import dev.vpclab.model.resource.Vpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Containers grow to fit their content: after a move, drop or paste, every container that no longer holds an
 * element it draws (with room for its header) grows, and so on outwards. Gateways on a VPC's edge are left out,
 * and an Auto Scaling group grows around its instances.
 */
public final class ContainerGrowth {

    /** The least room kept between a container's side and what it holds before it grows. */
    private static final double MIN_MARGIN = 4;

    private ContainerGrowth() {
    }

    /**
     * @param doc the document after the edit
     * @param keys the elements that were moved or added
     * @return one resize per container that must grow (empty when all fit)
     */
    public static List<Command> grow(Document doc, Collection<String> keys) {
        Map<String, Bounds> grown = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (String key : keys) {
            String child = key;
            String parent = holder(doc, child);
            int guard = 0;
            while (parent != null && guard++ < 16 && !onEdge(doc.get(child))) {
                Bounds cb = grown.getOrDefault(child, doc.layout().get(child));
                Bounds pb = grown.getOrDefault(parent, doc.layout().get(parent));
                if (cb == null || pb == null) {
                    break;
                }
                Bounds need = fit(doc, parent, pb, cb);
                if (need.equals(pb)) {
                    break;
                }
                grown.put(parent, need);
                order.add(parent);
                child = parent;
                parent = holder(doc, child);
            }
        }
        List<Command> out = new ArrayList<>();
        for (String k : order) {
            out.add(new ResizeElement(k, grown.get(k)));
        }
        return out;
    }

    /** The container an element must stay inside: its drawing container, or for an instance of a group, also that box. */
    private static String holder(Document doc, String key) {
        return ElementKeys.containerOf(doc, key);
    }

    /**
     * @param doc the document after the edit
     * @param keys instances that were moved or added
     * @return resizes of the Auto Scaling group boxes that must grow around their instances
     */
    public static List<Command> growGroups(Document doc, Collection<String> keys) {
        Map<String, Bounds> grown = new HashMap<>();
        for (String key : keys) {
            Instance i = doc.get(key, Instance.class);
            if (i == null || i.autoScalingGroupId() == null || doc.get(i.autoScalingGroupId(), AutoScalingGroup.class) == null) {
                continue;
            }
            Bounds gb = grown.getOrDefault(i.autoScalingGroupId(), doc.layout().get(i.autoScalingGroupId()));
            Bounds ib = doc.layout().get(i.id());
            if (gb != null && ib != null) {
                Bounds need = fit(doc, i.autoScalingGroupId(), gb, ib);
                if (!need.equals(gb)) {
                    grown.put(i.autoScalingGroupId(), need);
                }
            }
        }
        List<Command> out = new ArrayList<>();
        grown.forEach((k, b) -> out.add(new ResizeElement(k, b)));
        return out;
    }

    private static boolean onEdge(Resource r) {
        return r instanceof InternetGateway || r instanceof EgressOnlyInternetGateway || r instanceof VirtualPrivateGateway;
    }

    /**
     * @param doc the document
     * @param container a container key
     * @param pb its bounds
     * @param cb the bounds of something it holds
     * @return the container's bounds grown, if needed, to hold it with the container's padding
     */
    static Bounds fit(Document doc, String container, Bounds pb, Bounds cb) {
        double[] pad = padding(doc, container);
        double top = pad[0];
        double side = pad[1];
        boolean fits = cb.x() >= pb.x() + MIN_MARGIN && cb.maxX() <= pb.maxX() - MIN_MARGIN
                && cb.y() >= pb.y() + Math.min(top, MIN_MARGIN + top / 2) && cb.maxY() <= pb.maxY() - MIN_MARGIN;
        if (fits) {
            return pb;
        }
        double x = cb.x() < pb.x() + MIN_MARGIN ? Math.min(pb.x(), cb.x() - side) : pb.x();
        double y = cb.y() < pb.y() + Math.min(top, MIN_MARGIN + top / 2) ? Math.min(pb.y(), cb.y() - top) : pb.y();
        double maxX = cb.maxX() > pb.maxX() - MIN_MARGIN ? Math.max(pb.maxX(), cb.maxX() + side) : pb.maxX();
        double maxY = cb.maxY() > pb.maxY() - MIN_MARGIN ? Math.max(pb.maxY(), cb.maxY() + side) : pb.maxY();
        return new Bounds(x, y, maxX - x, maxY - y, pb.collapsed());
    }

    /** @return {header room, side padding} of a container */
    private static double[] padding(Document doc, String key) {
        Resource r = doc.get(key);
        if (r instanceof Subnet) {
            return new double[] {SUBNET_HEADER, SUBNET_PADDING};
        }
        if (r instanceof Vpc) {
            return new double[] {VPC_HEADER, VPC_PADDING};
        }
        if (r instanceof AutoScalingGroup) {
            return new double[] {ASG_HEADER, ASG_PADDING};
        }
        if (r instanceof Region || r == null && ElementKeys.columnVpc(doc, key) == null) {
            return new double[] {REGION_HEADER, REGION_PADDING};
        }
        return new double[] {AZ_HEADER, AZ_PADDING};
    }
}
