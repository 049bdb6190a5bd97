package dev.vpclab.model.validation;

import java.util.Set;

/** One area of validation: a few related rules over the whole document, each rule with its message key. */
interface Check {

    /** @return every message key this check can emit; the bundles must hold exactly the union of these */
    Set<String> keys();

    /**
     * Adds the problems found in the document. Must not throw for anything a user can draw.
     *
     * @param context the document and its lookups for this run
     * @param problems where found problems go
     */
    void run(ValidationContext context, Problems problems);
}
