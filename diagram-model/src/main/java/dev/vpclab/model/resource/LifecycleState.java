package dev.vpclab.model.resource;

/** The state AWS reports for gateways, endpoints, attachments and databases; only AVAILABLE carries traffic. */
public enum LifecycleState {
    PENDING, AVAILABLE, DELETING, DELETED, FAILED, STOPPED
}
