package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;

/**
 * Something that happened to the network during a run: a fault, a failover, a recovery.
 *
 * @param time when, in simulated seconds
 * @param resourceId the resource it happened to
 * @param description what happened, as a sentence
 */
public record SimEvent(long time, String resourceId, Message description) {
}
