package dev.vpclab.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.SavedTrace;
import dev.vpclab.model.resource.ListenerAction;
import dev.vpclab.model.resource.LoadBalancer;
import dev.vpclab.model.resource.Resource;
import dev.vpclab.model.resource.VpcEndpoint;

/**
 * The Jackson annotations the file format needs, kept here as mix-ins so that the model records stay free of
 * them: type names for the two polymorphic families, two renamed fields, and where empty text must be kept.
 */
final class FileMixIns {

    /** The property that names a resource's kind or an action's type. */
    static final String TYPE_PROPERTY = "type";

    private FileMixIns() {
    }

    /**
     * Registers every mix-in with the module.
     *
     * @param module the file module
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Resource.class, ResourceMixIn.class);
        module.setMixInAnnotation(ListenerAction.class, ListenerActionMixIn.class);
        module.setMixInAnnotation(LoadBalancer.class, LoadBalancerMixIn.class);
        module.setMixInAnnotation(VpcEndpoint.class, VpcEndpointMixIn.class);
        module.setMixInAnnotation(Bounds.class, BoundsMixIn.class);
        module.setMixInAnnotation(ListenerAction.Redirect.class, KeepEmptyTextMixIn.class);
        module.setMixInAnnotation(ListenerAction.FixedResponse.class, KeepEmptyTextMixIn.class);
        module.setMixInAnnotation(SavedTrace.class, KeepEmptyTextMixIn.class);
    }

    /** A resource carries its kind's short type name ("vpc", "subnet"); the names are registered from ResourceKind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    abstract static class ResourceMixIn {
    }

    /** A listener action carries "type": forward, redirect or fixed-response, as AWS names them. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ListenerAction.Forward.class, name = "forward"),
        @JsonSubTypes.Type(value = ListenerAction.Redirect.class, name = "redirect"),
        @JsonSubTypes.Type(value = ListenerAction.FixedResponse.class, name = "fixed-response")
    })
    abstract static class ListenerActionMixIn {
    }

    /** "type" names the resource kind, so the load balancer's own type is written as AWS's "loadBalancerType". */
    abstract static class LoadBalancerMixIn {
        @JsonProperty("loadBalancerType")
        abstract LoadBalancer.Type type();
    }

    /** "type" names the resource kind, so the endpoint's own type is written as AWS's "vpcEndpointType". */
    abstract static class VpcEndpointMixIn {
        @JsonProperty("vpcEndpointType")
        abstract VpcEndpoint.EndpointType type();
    }

    /** "collapsed" is written only when true. */
    abstract static class BoundsMixIn {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean collapsed();
    }

    /** Records whose optional text tells null ("keep the request's own") from "" apart keep empty text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class KeepEmptyTextMixIn {
    }
}
