package dev.vpclab.app.palette;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.model.command.AddResources;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.document.IdGenerator;
import dev.vpclab.model.document.ResourceFactory;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.net.Ipv4Address;
import dev.vpclab.model.resource.ElasticIp;
import dev.vpclab.model.resource.Listener;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.ResourceKind;
import dev.vpclab.model.resource.TargetGroup;
import dev.vpclab.model.resource.Vpc;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds the palette's kinds that the canvas does not draw (route table, network ACL, security group, target group,
 * Elastic IP) to the VPC of the selection, as AWS creates them: a custom network ACL denies everything, a custom
 * security group allows all outbound and nothing inbound, a route table holds the local routes. The new resource is
 * selected so that the inspector opens it.
 */
public final class QuickAdd {

    private final EditorModel editor;
    private final IdGenerator ids;

    /**
     * @param editor the open document
     * @param ids where new ids come from
     */
    public QuickAdd(EditorModel editor, IdGenerator ids) {
        this.editor = editor;
        this.ids = ids;
    }

    /**
     * @param item a palette item that is not drawn
     * @return the reason nothing was added, or empty when the new resource was added and selected
     */
    public Optional<Message> add(PaletteItem item) {
        Document doc = editor.document();
        Optional<Vpc> vpc = SelectionScope.vpc(doc, editor.selection());
        if (vpc.isEmpty() && item.kind() != ResourceKind.ELASTIC_IP) {
            return Optional.of(Message.of("ui.palette.needVpc", editor.i18n().get(item.labelKey())));
        }
        ResourceFactory factory = new ResourceFactory(ids, doc);
        Resource created = create(item.kind(), factory, doc, vpc.orElse(null));
        if (created == null) {
            return Optional.of(Message.of("ui.palette.dragOnly", editor.i18n().get(item.labelKey())));
        }
        Optional<Message> refused = editor.attempt(AddResources.of(java.util.List.of(created)));
        if (refused.isEmpty()) {
            editor.selectOnly(created.id());
        }
        return refused;
    }

    private static Resource create(ResourceKind kind, ResourceFactory factory, Document doc, Vpc vpc) {
        String prefix = vpc == null ? "" : (vpc.name().isBlank() ? vpc.id() : vpc.name()) + "-";
        switch (kind) {
            case ROUTE_TABLE:
                return factory.routeTable(vpc, freeName(doc, prefix + "rtb"));
            case NETWORK_ACL:
                return factory.customNetworkAcl(vpc.id(), freeName(doc, prefix + "acl"));
            case SECURITY_GROUP:
                return factory.customSecurityGroup(vpc.id(), freeName(doc, prefix + "sg"), "");
            case TARGET_GROUP: {
                String name = freeName(doc, prefix + "tg");
                return new TargetGroup(factory.newId(ResourceKind.TARGET_GROUP, name), name, vpc.id(),
                        TargetGroup.TargetType.INSTANCE, Listener.ListenerProtocol.HTTP, 80, null, null, java.util.List.of());
            }
            case ELASTIC_IP:
                return new ElasticIp(factory.newId(ResourceKind.ELASTIC_IP), freeName(doc, "eip"), freePublicAddress(doc), null, null);
            default:
                return null;
        }
    }

    /** The first of "base-1", "base-2"… that no resource is named. */
    static String freeName(Document doc, String base) {
        Set<String> names = doc.all().stream().map(Resource::name).collect(Collectors.toSet());
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * A public address for a new Elastic IP from 203.0.113.0/24 (TEST-NET-3, RFC 5737: documentation addresses
     * that never clash with a real network), the first one not yet allocated.
     */
    static Ipv4Address freePublicAddress(Document doc) {
        Set<Ipv4Address> used = doc.all(ElasticIp.class).stream().map(ElasticIp::publicIp).collect(Collectors.toSet());
        Ipv4Address base = Ipv4Address.parse("203.0.113.0");
        for (int i = 10; i < 255; i++) {
            if (!used.contains(base.plus(i))) {
                return base.plus(i);
            }
        }
        return base.plus(254);
    }
}
