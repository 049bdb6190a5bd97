package dev.vpclab.trace.format;

import dev.vpclab.engine.Packet;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.trace.BlockingComponent;
import dev.vpclab.trace.Hop;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import dev.vpclab.trace.TraceDirection;
import java.util.List;
import java.util.Locale;

/** The text event list, in the manner of Packet Tracer's simulation panel. */
final class TextTraceWriter {

    private final Locale locale;
    private final StringBuilder out = new StringBuilder(2048);

    TextTraceWriter(Locale locale) {
        this.locale = locale;
    }

    String write(Trace t) {
        Packet first = t.forward().isEmpty() || t.forward().get(0).steps().isEmpty() ? null : t.forward().get(0).steps().get(0).packet();
        line(say("trace.format.header", t.request().source().label(), t.request().destination().label(),
                first == null ? t.request().protocol().toString() : first.toString()));
        out.append('\n');
        section("trace.format.forward", t.forward(), 1);
        section("trace.format.return", t.returnPath(), t.forward().size() + 1);
        if (t.returnPath().isEmpty() && !t.reachable() && t.blockingComponent().direction() == TraceDirection.FORWARD) {
            line("  " + say("trace.format.notSent"));
        }
        out.append('\n');
        if (t.reachable()) {
            line(say("trace.format.reachable"));
        } else {
            BlockingComponent b = t.blockingComponent();
            line(say("trace.format.blocked", b.type().awsName(), b.id(), t.explanationCode(),
                    say("trace.format.direction." + b.direction().jsonName())));
            if (b.rule() != null) {
                line("  " + say("trace.format.rule", b.rule()));
            }
        }
        if (t.httpStatus() != null) {
            line("  " + say("trace.format.http", String.valueOf(t.httpStatus())));
        }
        if (t.target() != null) {
            line("  " + say("trace.format.target", t.target()));
        }
        if (t.redirectLocation() != null) {
            line("  " + say("trace.format.redirect", t.redirectLocation()));
        }
        if (t.explanation() != null) {
            line(say(t.reachable() ? "trace.format.why" : "trace.format.why", t.explanation().format(locale)));
        }
        if (t.suggestedFix() != null) {
            line(say("trace.format.fix", t.suggestedFix().message().format(locale)));
        }
        if (!t.hints().isEmpty()) {
            line(say("trace.format.hints", String.join(", ", t.hints())));
        }
        return out.toString();
    }

    private void section(String titleKey, List<Hop> hops, int firstNumber) {
        if (hops.isEmpty()) {
            return;
        }
        line(say(titleKey));
        int n = firstNumber;
        for (Hop h : hops) {
            String shown = h.component().length() > 22 && h.label() != null && !h.label().isBlank() ? h.label() : h.component();
            String head = String.format(Locale.ROOT, "%3d  %-24s %-22s ", n++, h.type().awsName(), shown.length() > 22
                    ? shown.substring(0, 21) + "…" : shown);
            String indent = " ".repeat(head.length());
            boolean firstStep = true;
            for (Step s : h.steps()) {
                line((firstStep ? head : indent) + String.format(Locale.ROOT, "%-9s ", s.action()) + s.sentence().format(locale));
                firstStep = false;
            }
        }
    }

    private String say(String key, Object... args) {
        return Message.of(key, args).format(locale);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
