package dev.vpclab.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the validation tests assert about problems: severity, resource, field and key. */
final class Expect {

    private Expect() {
    }

    /**
     * A problem reduced to its place and kind.
     *
     * @param severity error or warning
     * @param resourceId the resource
     * @param field the field
     * @param key the message key
     */
    record Found(Severity severity, String resourceId, String field, String key) {
        @Override
        public String toString() {
            return severity + " " + resourceId + " [" + field + "] " + key;
        }
    }

    /**
     * One rule shown by a small document.
     *
     * @param key the key of the rule
     * @param document the document breaking it
     * @param expected every problem validation must report for it, and no other
     */
    record Sample(String key, Supplier<Document> document, List<Found> expected) {
        @Override
        public String toString() {
            return key;
        }
    }

    /**
     * @param key the rule's key
     * @param document the document
     * @param expected all problems expected
     * @return the sample
     */
    static Sample sample(String key, Supplier<Document> document, Found... expected) {
        return new Sample(key, document, List.of(expected));
    }

    /** @return an expected error */
    static Found error(String resourceId, String field, String key) {
        return new Found(Severity.ERROR, resourceId, field, key);
    }

    /** @return an expected warning */
    static Found warning(String resourceId, String field, String key) {
        return new Found(Severity.WARNING, resourceId, field, key);
    }

    /**
     * Validates and checks what every problem must satisfy: a key validation declares, and a sentence in both
     * languages.
     *
     * @param doc a document
     * @return its problems
     */
    static List<Problem> validate(Document doc) {
        List<Problem> problems = Validator.validate(doc);
        for (Problem p : problems) {
            assertThat(Validator.keys()).as("declared keys").contains(p.code());
            assertThat(p.text(Locale.ENGLISH)).as(p.code()).doesNotContain("{").isNotEqualTo(p.code());
            assertThat(p.text(Locale.KOREAN)).as(p.code()).doesNotContain("{").isNotEqualTo(p.code());
        }
        return problems;
    }

    /** @param doc a document @return its problems reduced */
    static List<Found> found(Document doc) {
        return validate(doc).stream().map(p -> new Found(p.severity(), p.resourceId(), p.field(), p.code())).toList();
    }

    /**
     * @param doc a document
     * @param expected exactly the problems it must have
     */
    static void assertProblems(Document doc, Found... expected) {
        assertThat(found(doc)).containsExactlyInAnyOrder(expected);
    }
}
