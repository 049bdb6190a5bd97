package dev.vpclab.engine.tgw;

import dev.vpclab.model.resource.TransitGateway;
import dev.vpclab.model.resource.TransitGatewayAttachment;
import java.util.List;
import java.util.Map;

/**
 * A transit gateway with its attachments and route tables.
 */
public final class CompiledTransitGateway {

    private final TransitGateway tgw;
    private final Map<String, CompiledTgwAttachment> attachments;
    private final List<CompiledTgwAttachment> ordered;

    /**
     * @param tgw the transit gateway
     * @param attachments its attachments, sorted by id
     */
    public CompiledTransitGateway(TransitGateway tgw, List<CompiledTgwAttachment> attachments) {
        this.tgw = tgw;
        this.ordered = List.copyOf(attachments);
        this.attachments = ordered.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(CompiledTgwAttachment::id, a -> a));
    }

    /** @return the transit gateway */
    public TransitGateway transitGateway() {
        return tgw;
    }

    /** @return its id */
    public String id() {
        return tgw.id();
    }

    /**
     * @param id an attachment id
     * @return the attachment, or null
     */
    public CompiledTgwAttachment attachment(String id) {
        return id == null ? null : attachments.get(id);
    }

    /** @return every attachment, sorted by id */
    public List<CompiledTgwAttachment> attachments() {
        return ordered;
    }

    /**
     * @param type attachment type
     * @param resourceId the VPC, on-premises network or peer transit gateway
     * @return the first attachment of that resource, or null
     */
    public CompiledTgwAttachment attachmentOf(TransitGatewayAttachment.AttachmentType type, String resourceId) {
        for (CompiledTgwAttachment a : ordered) {
            if (a.attachment().resourceType() == type && a.attachment().resourceId().equals(resourceId)) {
                return a;
            }
        }
        return null;
    }

    /** @return the Name or id */
    public String label() {
        return tgw.label();
    }

    @Override
    public String toString() {
        return tgw.id();
    }
}
