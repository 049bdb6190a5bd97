package dev.vpclab.model.command;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.i18n.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The document being edited and its undo history. {@link #execute} applies a command and remembers its inverse;
 * undo applies the inverse, redo the inverse's inverse. The history is bounded; a new command clears what could
 * be redone; a command that changes nothing is not remembered; consecutive moves of the same selection become
 * one step, but never across the save mark or right after an undo or redo. The save mark tells whether the
 * document differs from what was last saved. Listeners hear of every change, on the caller's thread; a listener
 * that tries to change the stack while it is being told of a change is refused. Not thread-safe: use it from one
 * thread (the UI thread).
 */
public final class CommandStack {

    /** How many steps can be undone unless the constructor says otherwise. */
    public static final int DEFAULT_CAPACITY = 500;

    /**
     * One undoable step.
     *
     * @param position the stack position after it, unique per step
     * @param description what it did, with labels resolved
     * @param undo applying this undoes it (when on the undo side)
     * @param redo applying this redoes it (when on the redo side)
     * @param merge the move it can absorb a following move into, or null
     */
    private record Step(long position, Message description, Command undo, Command redo, MoveElements merge) {
    }

    private final int capacity;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Document>> listeners = new CopyOnWriteArrayList<>();
    private Document current;
    private long nextPosition = 1;
    private long basePosition;
    private long savedPosition;
    private boolean mergeOpen;
    private boolean busy;

    /** @param document the document to start from, counted as saved */
    public CommandStack(Document document) {
        this(document, DEFAULT_CAPACITY);
    }

    /**
     * @param document the document to start from, counted as saved
     * @param capacity how many steps can be undone, at least 1
     */
    public CommandStack(Document document, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a command stack needs room for at least one step");
        }
        this.capacity = capacity;
        this.current = Objects.requireNonNull(document, "document");
    }

    /** @return the document as it is now */
    public Document current() {
        return current;
    }

    /**
     * Applies a command to the current document and remembers how to undo it.
     *
     * @param command the edit
     * @return true if the document changed; false for a command that changes nothing (not remembered)
     * @throws CommandException if the command does not fit the document (nothing changes)
     * @throws IllegalStateException if called by a listener while it is being told of a change
     */
    public boolean execute(Command command) {
        Objects.requireNonNull(command, "command");
        enter();
        try {
            Document before = current;
            Command.Applied applied = command.apply(before);
            if (applied.document().equals(before)) {
                return false;
            }
            MoveElements move = command instanceof MoveElements m ? m : null;
            Step top = undo.peekLast();
            if (mergeOpen && move != null && top != null && top.merge() != null && top.merge().mergesWith(move)
                    && top.position() != savedPosition) {
                undo.removeLast();
                Command undoBoth = merged(top.description(), applied.inverse(), top.undo());
                push(new Step(nextPosition++, top.description(), undoBoth, command, move));
            } else {
                Message description = Labels.resolve(command.description(before), applied.document());
                push(new Step(nextPosition++, description, applied.inverse(), command, move));
            }
            redo.clear();
            mergeOpen = true;
            current = applied.document();
        } finally {
            busy = false;
        }
        notifyListeners();
        return true;
    }

    private static Command merged(Message description, Command later, Command earlier) {
        if (later instanceof EditLayout l && earlier instanceof EditLayout e) {
            // Both restore the same elements; the earlier one restores them to before the first move.
            List<EditLayout.Placement> placements = new ArrayList<>(e.placements());
            List<String> keys = e.placements().stream().map(EditLayout.Placement::key).toList();
            l.placements().stream().filter(p -> !keys.contains(p.key())).forEach(placements::add);
            return new EditLayout(placements);
        }
        return new CompositeCommand(description, List.of(later, earlier));
    }

    private void push(Step step) {
        undo.addLast(step);
        while (undo.size() > capacity) {
            basePosition = undo.removeFirst().position();
        }
    }

    /**
     * Undoes the last step.
     *
     * @throws IllegalStateException if there is nothing to undo, or called by a listener during a notification
     */
    public void undo() {
        enter();
        try {
            Step step = undo.peekLast();
            if (step == null) {
                throw new IllegalStateException("there is nothing to undo");
            }
            Command.Applied applied = step.undo().apply(current);
            undo.removeLast();
            redo.addLast(new Step(step.position(), step.description(), step.undo(), applied.inverse(), null));
            current = applied.document();
            mergeOpen = false;
        } finally {
            busy = false;
        }
        notifyListeners();
    }

    /**
     * Redoes the last undone step.
     *
     * @throws IllegalStateException if there is nothing to redo, or called by a listener during a notification
     */
    public void redo() {
        enter();
        try {
            Step step = redo.peekLast();
            if (step == null) {
                throw new IllegalStateException("there is nothing to redo");
            }
            Command.Applied applied = step.redo().apply(current);
            redo.removeLast();
            undo.addLast(new Step(step.position(), step.description(), applied.inverse(), step.redo(), null));
            current = applied.document();
            mergeOpen = false;
        } finally {
            busy = false;
        }
        notifyListeners();
    }

    /** @return true if there is a step to undo */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** @return true if there is a step to redo */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** @return what undo would undo ("Move web"), if anything */
    public Optional<Message> undoDescription() {
        return Optional.ofNullable(undo.peekLast()).map(Step::description);
    }

    /** @return what redo would redo, if anything */
    public Optional<Message> redoDescription() {
        return Optional.ofNullable(redo.peekLast()).map(Step::description);
    }

    /** @return how many steps can be undone */
    public int undoCount() {
        return undo.size();
    }

    /** @return how many steps can be redone */
    public int redoCount() {
        return redo.size();
    }

    /** @return the most steps kept */
    public int capacity() {
        return capacity;
    }

    /**
     * Marks the current document as saved. A later move does not merge into the step before this mark.
     *
     * @throws IllegalStateException if called by a listener during a notification
     */
    public void markSaved() {
        enter();
        try {
            savedPosition = position();
            mergeOpen = false;
        } finally {
            busy = false;
        }
        notifyListeners();
    }

    /**
     * @return true if the document is not at the point last marked saved. Undoing or redoing back to that point
     *         makes it clean again; if that point can no longer be reached (it fell off the bounded history, or
     *         the steps after it were replaced by new ones) the document stays dirty until the next save
     */
    public boolean isDirty() {
        return position() != savedPosition;
    }

    /**
     * Starts over with another document (a file opened or a new one), counted as saved, with no history.
     *
     * @param document the document
     * @throws IllegalStateException if called by a listener during a notification
     */
    public void reset(Document document) {
        Objects.requireNonNull(document, "document");
        enter();
        try {
            undo.clear();
            redo.clear();
            current = document;
            basePosition = nextPosition++;
            savedPosition = basePosition;
            mergeOpen = false;
        } finally {
            busy = false;
        }
        notifyListeners();
    }

    /**
     * @param listener called with the current document after every change of the document or of the save mark
     */
    public void addListener(Consumer<Document> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @param listener a listener added before; it hears nothing more */
    public void removeListener(Consumer<Document> listener) {
        listeners.remove(listener);
    }

    private long position() {
        Step top = undo.peekLast();
        return top == null ? basePosition : top.position();
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("the command stack cannot change while its listeners are being told of a change;"
                    + " run the command after the notification instead");
        }
        busy = true;
    }

    private void notifyListeners() {
        busy = true;
        try {
            Document doc = current;
            for (Consumer<Document> l : listeners) {
                l.accept(doc);
            }
        } finally {
            busy = false;
        }
    }
}
