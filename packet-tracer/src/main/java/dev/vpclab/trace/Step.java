package dev.vpclab.trace;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.i18n.Message;
import java.util.Arrays;

/**
 * One decision at a hop: what was checked, the rule that decided (as the AWS console names it), what happened
 * to the packet, the packet after the step (translations visible), and a sentence saying it in words. The
 * sentence is built on first use, so traces that nobody reads stay cheap.
 */
public final class Step {

    private final StepKind kind;
    private final String rule;
    private final StepAction action;
    private final Packet packet;
    private final String messageKey;
    private final Object[] messageArgs;
    private Message sentence;

    /**
     * @param kind what was checked
     * @param rule the deciding rule's text, or null when no rule is involved
     * @param action what happened
     * @param packet the packet after the step
     * @param messageKey the sentence's bundle key ("trace.…")
     * @param messageArgs its arguments
     */
    public Step(StepKind kind, String rule, StepAction action, Packet packet, String messageKey, Object... messageArgs) {
        this.kind = kind;
        this.rule = rule;
        this.action = action;
        this.packet = packet;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    /** @return what was checked */
    public StepKind kind() {
        return kind;
    }

    /** @return the deciding rule as the console shows it, or null */
    public String rule() {
        return rule;
    }

    /** @return what happened to the packet */
    public StepAction action() {
        return action;
    }

    /** @return the packet after this step */
    public Packet packet() {
        return packet;
    }

    /** @return the sentence (English and Korean through {@link Message#format}) */
    public Message sentence() {
        Message m = sentence;
        if (m == null) {
            m = new Message(messageKey, Arrays.asList(messageArgs));
            sentence = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return kind.jsonName() + " " + action + (rule == null ? "" : " [" + rule + "]") + " " + packet;
    }
}
