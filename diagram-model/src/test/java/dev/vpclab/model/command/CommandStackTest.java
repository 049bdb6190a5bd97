package dev.vpclab.model.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.document.Bounds;
import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final Document start = Fixtures.everyKind();
    private final CommandStack stack = new CommandStack(start);

    private static Command rename(String id, String name) {
        return new EditProperty(id, "name", name);
    }

    private static MoveElements move(double dx, String... keys) {
        return new MoveElements(List.of(keys), dx, 0);
    }

    @Test
    void executeUndoRedo() {
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.execute(rename("i-web", "web-1"))).isTrue();
        Document renamed = stack.current();
        assertThat(stack.canUndo()).isTrue();
        assertThat(stack.undoDescription()).map(Message::english).contains("Change name of web");
        stack.undo();
        assertThat(stack.current()).isEqualTo(start);
        assertThat(stack.canRedo()).isTrue();
        assertThat(stack.redoDescription()).map(Message::korean).contains("web의 name 변경");
        stack.redo();
        assertThat(stack.current()).isEqualTo(renamed);
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.redoDescription()).isEmpty();
    }

    @Test
    void undoAndRedoWithNothingToDoAreRefused() {
        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class).hasMessage("there is nothing to undo");
        assertThatThrownBy(stack::redo).isInstanceOf(IllegalStateException.class).hasMessage("there is nothing to redo");
    }

    @Test
    void aNewCommandClearsRedo() {
        stack.execute(rename("i-web", "a"));
        stack.execute(rename("i-web", "b"));
        stack.undo();
        assertThat(stack.canRedo()).isTrue();
        stack.execute(rename("i-app", "c"));
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoCount()).isEqualTo(2);
    }

    @Test
    void aCommandThatChangesNothingIsNotRemembered() {
        assertThat(stack.execute(rename("i-web", "web"))).isFalse();
        assertThat(stack.execute(move(10, "vpc-2"))).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        stack.execute(rename("i-web", "a"));
        stack.undo();
        assertThat(stack.execute(rename("i-web", "web"))).isFalse();
        assertThat(stack.canRedo()).as("a no-op keeps redo").isTrue();
    }

    @Test
    void aRefusedCommandChangesNothing() {
        List<Document> heard = new ArrayList<>();
        stack.addListener(heard::add);
        stack.execute(rename("i-web", "a"));
        Document before = stack.current();
        assertThatThrownBy(() -> stack.execute(rename("i-nope", "b"))).isInstanceOf(CommandException.class);
        assertThat(stack.current()).isSameAs(before);
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(heard).hasSize(1);
    }

    @Test
    void consecutiveMovesOfTheSameSelectionAreOneStep() {
        stack.execute(move(10, "vpc-1", "client-1"));
        stack.execute(move(0.1, "client-1", "vpc-1"));
        stack.execute(move(0.2, "vpc-1", "client-1"));
        Document moved = stack.current();
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(stack.undoDescription()).map(Message::english).contains("Move prod and 1 more");
        stack.undo();
        assertThat(stack.current()).isEqualTo(start);
        stack.redo();
        assertThat(stack.current()).isEqualTo(moved);
    }

    @Test
    void movesOfDifferentSelectionsOrWithAnotherCommandBetweenAreSeparateSteps() {
        stack.execute(move(10, "vpc-1"));
        stack.execute(move(10, "client-1"));
        stack.execute(rename("i-web", "a"));
        stack.execute(move(10, "client-1"));
        assertThat(stack.undoCount()).isEqualTo(4);
    }

    @Test
    void movesDoNotMergeAfterAnUndoOrARedo() {
        stack.execute(move(10, "vpc-1"));
        stack.execute(move(10, "vpc-1"));
        stack.execute(rename("i-web", "a"));
        stack.undo();
        stack.execute(move(5, "vpc-1"));
        assertThat(stack.undoCount()).as("not merged after an undo").isEqualTo(2);
        stack.undo();
        stack.redo();
        stack.execute(move(5, "vpc-1"));
        assertThat(stack.undoCount()).as("not merged after a redo").isEqualTo(3);
        stack.undo();
        stack.undo();
        assertThat(stack.current().layout().get("vpc-1")).isEqualTo(start.layout().get("vpc-1").translate(20, 0));
        stack.undo();
        assertThat(stack.current()).isEqualTo(start);
    }

    @Test
    void movesDoNotMergeAcrossTheSaveMark() {
        stack.execute(move(10, "vpc-1"));
        stack.markSaved();
        Document saved = stack.current();
        stack.execute(move(10, "vpc-1"));
        assertThat(stack.undoCount()).isEqualTo(2);
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.current()).isEqualTo(saved);
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void theSaveMark() {
        assertThat(stack.isDirty()).isFalse();
        stack.execute(rename("i-web", "a"));
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).as("back at the saved point").isFalse();
        stack.redo();
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aSavedPointThatCanNoLongerBeReachedKeepsTheDocumentDirty() {
        stack.execute(rename("i-web", "a"));
        stack.markSaved();
        stack.undo();
        stack.execute(rename("i-web", "b"));
        stack.undo();
        assertThat(stack.current()).isEqualTo(start);
        assertThat(stack.isDirty()).isTrue();
        stack.execute(rename("i-web", "a"));
        assertThat(stack.current().get("i-web").name()).isEqualTo("a");
        assertThat(stack.isDirty()).as("same content, but not the saved step").isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        CommandStack small = new CommandStack(start, 3);
        for (int i = 0; i < 5; i++) {
            small.execute(rename("i-web", "n" + i));
        }
        assertThat(small.undoCount()).isEqualTo(3);
        while (small.canUndo()) {
            small.undo();
        }
        assertThat(small.current().get("i-web").name()).isEqualTo("n1");
        assertThat(small.isDirty()).as("the saved start fell off the history").isTrue();
        while (small.canRedo()) {
            small.redo();
        }
        assertThat(small.current().get("i-web").name()).isEqualTo("n4");
        assertThat(new CommandStack(start).capacity()).isEqualTo(CommandStack.DEFAULT_CAPACITY);
        assertThatThrownBy(() -> new CommandStack(start, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSavedStateThatBecameTheOldestStateOfTheHistoryIsStillReachable() {
        CommandStack small = new CommandStack(start, 2);
        small.execute(rename("i-web", "a"));
        small.markSaved();
        small.execute(rename("i-web", "b"));
        small.execute(rename("i-web", "c"));
        small.undo();
        small.undo();
        assertThat(small.canUndo()).isFalse();
        assertThat(small.current().get("i-web").name()).isEqualTo("a");
        assertThat(small.isDirty()).isFalse();
    }

    @Test
    void listenersHearEveryChange() {
        List<Document> heard = new ArrayList<>();
        Consumer<Document> listener = heard::add;
        stack.addListener(listener);
        stack.execute(rename("i-web", "a"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertThat(heard).hasSize(4);
        assertThat(heard.get(1)).isEqualTo(start);
        stack.removeListener(listener);
        stack.undo();
        assertThat(heard).hasSize(4);
    }

    @Test
    void aListenerCannotChangeTheStackWhileItIsBeingTold() {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        stack.addListener(d -> {
            try {
                stack.execute(rename("i-app", "nested"));
            } catch (RuntimeException e) {
                refused.set(e);
            }
        });
        stack.execute(rename("i-web", "a"));
        assertThat(refused.get()).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot change while its listeners are being told");
        assertThat(stack.undoCount()).isEqualTo(1);
        assertThat(stack.current().get("i-app").name()).isEqualTo("app");
    }

    @Test
    void aListenerThatThrowsDoesNotLockTheStack() {
        stack.addListener(d -> {
            if (d.get("i-web").name().equals("boom")) {
                throw new IllegalArgumentException("listener failed");
            }
        });
        assertThatThrownBy(() -> stack.execute(rename("i-web", "boom"))).hasMessage("listener failed");
        stack.execute(rename("i-web", "fine"));
        assertThat(stack.undoCount()).isEqualTo(2);
    }

    @Test
    void resetStartsOverClean() {
        List<Document> heard = new ArrayList<>();
        stack.addListener(heard::add);
        stack.execute(rename("i-web", "a"));
        Document other = Fixtures.smallNetwork();
        stack.reset(other);
        assertThat(stack.current()).isSameAs(other);
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(heard).hasSize(2);
        stack.execute(rename("i-web", "b"));
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aResizeIsNotAMoveAndDoesNotMerge() {
        stack.execute(move(10, "vpc-1"));
        stack.execute(new ResizeElement("vpc-1", Bounds.of(0, 0, 10, 10)));
        stack.execute(move(10, "vpc-1"));
        assertThat(stack.undoCount()).isEqualTo(3);
    }
}
