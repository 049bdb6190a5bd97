package dev.vpclab.model.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void aMessageInsideAMessageSpeaksTheSameLanguage() {
        Message inner = Message.of("command.removeResources", "web");
        Message outer = Message.of("command.addResources", inner);
        assertThat(outer.english()).isEqualTo("Add Delete web");
        assertThat(outer.korean()).isEqualTo(Message.of("command.addResources", inner.korean()).korean())
                .contains(inner.korean()).doesNotContain("Delete");
    }

    @Test
    void aMissingKeyShowsTheKeyAndItsArguments() {
        assertThat(Message.of("command.noSuchKey", 1).english()).isEqualTo("command.noSuchKey [1]");
    }
}
