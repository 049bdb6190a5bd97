package dev.vpclab.trace.walk;

import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.ComponentType;
import dev.vpclab.trace.TraceDirection;
import dev.vpclab.trace.fix.SuggestedFix;

/**
 * Why and where a walk stopped.
 *
 * @param code the explanation code
 * @param componentId the blocking component
 * @param type its kind
 * @param direction forward or return
 * @param rule the deciding rule's text, or null
 * @param explanation the explanation (null in verdict-only walks)
 * @param fix the suggested fix (null in verdict-only walks or when there is none)
 */
public record Block(String code, String componentId, ComponentType type, TraceDirection direction, String rule,
                    Message explanation, SuggestedFix fix) {
}
