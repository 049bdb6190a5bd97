package dev.vpclab.app.inspector;

import javafx.css.PseudoClass;

/** The pseudo-classes a rule row carries while a trace marks it (styled red or green by the trace stylesheet). */
final class TraceMarks {

    /** The row of a rule that stopped a traced packet. */
    static final PseudoClass DENY = PseudoClass.getPseudoClass("trace-deny");
    /** The row of a rule that let a traced packet pass. */
    static final PseudoClass ALLOW = PseudoClass.getPseudoClass("trace-allow");

    private TraceMarks() {
    }
}
