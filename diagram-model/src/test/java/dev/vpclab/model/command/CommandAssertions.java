package dev.vpclab.model.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;

/** Checks every command test makes: the inverse is exact both ways, and the description reads in both languages. */
final class CommandAssertions {

    private CommandAssertions() {
    }

    /**
     * Applies the command, then its inverse, then the inverse's inverse.
     *
     * @param command the command
     * @param doc the document
     * @return the edited document
     */
    static Document appliesAndInverts(Command command, Document doc) {
        Command.Applied done = command.apply(doc);
        assertThat(done.document()).as("%s changes the document", command).isNotEqualTo(doc);
        Command.Applied undone = done.inverse().apply(done.document());
        assertThat(undone.document()).as("inverse of %s", command).isEqualTo(doc);
        Command.Applied redone = undone.inverse().apply(undone.document());
        assertThat(redone.document()).as("inverse of the inverse of %s", command).isEqualTo(done.document());
        rendersInBothLanguages(command.description());
        rendersInBothLanguages(command.description(doc));
        rendersInBothLanguages(done.inverse().description());
        return done.document();
    }

    /** @param m a message that must exist in English and Korean */
    static void rendersInBothLanguages(Message m) {
        String english = m.english();
        String korean = m.korean();
        assertThat(english).as("English of %s", m.key()).doesNotStartWith(m.key()).doesNotContain("{").isNotBlank();
        assertThat(korean).as("Korean of %s", m.key()).doesNotStartWith(m.key()).doesNotContain("{")
                .isNotEqualTo(english).containsPattern("[\\uAC00-\\uD7A3]");
    }
}
