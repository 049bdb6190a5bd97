package dev.vpclab.model.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.document.Document;
import dev.vpclab.model.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Stateful property of the command stack: a random chain of edits (add, remove with dependants, move, resize,
 * reparent, property edits, rule and route edits, associations, main table) interleaved with undo and redo,
 * checked against a model of the timeline of documents; at the end, undoing everything gives back exactly the
 * starting document and redoing everything exactly the last one.
 */
class EditChainProperties {

    private static final List<String> EDITS = List.of("add", "remove", "move", "resize", "reparent", "property", "nacl", "sg",
            "route", "associate", "setMain");

    /** The stack under test and the documents it should hold: {@code timeline.get(index)} is the current one. */
    static final class Session {
        final CommandStack stack;
        final List<Document> timeline = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        int index;
        List<String> lastMove;

        Session(Document start) {
            stack = new CommandStack(start);
            timeline.add(start);
        }

        Document doc() {
            return stack.current();
        }

        void execute(String kind, Command command) {
            if (command == null) {
                Statistics.label("edits").collect(kind, "nothing to pick");
                return;
            }
            log.add(kind + ": " + command);
            Document before = stack.current();
            int steps = stack.undoCount();
            boolean changed;
            try {
                changed = stack.execute(command);
            } catch (CommandException e) {
                assertThat(e.reason().korean()).isNotBlank();
                assertThat(stack.current()).as("a refused command changes nothing").isSameAs(before);
                assertThat(stack.undoCount()).isEqualTo(steps);
                Statistics.label("edits").collect(kind, "refused");
                return;
            }
            if (!changed) {
                assertThat(stack.current()).isSameAs(before);
                Statistics.label("edits").collect(kind, "no-op");
                return;
            }
            if (stack.undoCount() == steps) {
                assertThat(command).isInstanceOf(MoveElements.class);
                timeline.set(index, stack.current());
                Statistics.label("edits").collect(kind, "merged");
            } else {
                timeline.subList(index + 1, timeline.size()).clear();
                timeline.add(stack.current());
                index++;
                Statistics.label("edits").collect(kind, "applied");
            }
            lastMove = command instanceof MoveElements m ? m.keys() : null;
        }

        void undo() {
            log.add("undo");
            stack.undo();
            index--;
            Statistics.label("edits").collect("undo", "applied");
        }

        void redo() {
            log.add("redo");
            stack.redo();
            index++;
            Statistics.label("edits").collect("redo", "applied");
        }
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void undoAllAndRedoAllFromEveryKind(@ForAll("everyKindChains") ActionChain<Session> chain) {
        undoAllThenRedoAll(chain);
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void undoAllAndRedoAllFromASmallNetwork(@ForAll("smallNetworkChains") ActionChain<Session> chain) {
        undoAllThenRedoAll(chain);
    }

    private static void undoAllThenRedoAll(ActionChain<Session> chain) {
        Session s = chain.withInvariant("the stack holds the document the timeline expects", session ->
                        assertThat(session.doc()).as(String.join("\n", session.log)).isEqualTo(session.timeline.get(session.index)))
                .withInvariant("every reference that must resolve does", session ->
                        RemoveResourcesTest.everyHardReferenceResolves(session.doc()))
                .run();
        Document start = s.timeline.get(0);
        Document end = s.timeline.get(s.timeline.size() - 1);
        while (s.stack.canUndo()) {
            s.stack.undo();
        }
        assertThat(s.stack.current()).as(String.join("\n", s.log)).isEqualTo(start);
        while (s.stack.canRedo()) {
            s.stack.redo();
        }
        assertThat(s.stack.current()).as(String.join("\n", s.log)).isEqualTo(end);
        Statistics.label("edits").coverage(EditChainProperties::everyKindOfEditApplied);
    }

    private static void everyKindOfEditApplied(StatisticsCoverage coverage) {
        Predicate<Integer> some = count -> count > 0;
        for (String kind : EDITS) {
            coverage.check(kind, "applied").count(some);
        }
        coverage.check("move", "merged").count(some);
        coverage.check("undo", "applied").count(some);
        coverage.check("redo", "applied").count(some);
    }

    @Provide
    Arbitrary<ActionChain<Session>> everyKindChains() {
        return chains(Fixtures::everyKind);
    }

    @Provide
    Arbitrary<ActionChain<Session>> smallNetworkChains() {
        return chains(Fixtures::smallNetwork);
    }

    private static ActionChainArbitrary<Session> chains(Supplier<Document> start) {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Integer> coordinate = Arbitraries.integers().between(-300, 1500);
        Arbitrary<Double> distance = Arbitraries.of(10.0, -25.0, 0.1, 0.2, 0.3, 33.3, -7.77, 120.5);
        return ActionChain.startWith(() -> new Session(start.get()))
                .withAction(3, edit("add", Combinators.combine(n, seed, n, coordinate, coordinate)
                        .as((c, sd, k, x, y) -> d -> RandomEdits.add(d, c, sd, k, x, y))))
                .withAction(2, edit("remove", Combinators.combine(n, n, flag).as((a, b, two) -> d -> RandomEdits.remove(d, a, b, two))))
                .withAction(3, move(n, flag, distance))
                .withAction(1, edit("resize", Combinators.combine(n, coordinate, coordinate).as((k, x, y) -> d -> RandomEdits.resize(d, k, x, y))))
                .withAction(2, edit("reparent", Combinators.combine(n, n, flag, coordinate, coordinate)
                        .as((a, b, withBounds, x, y) -> d -> RandomEdits.reparent(d, a, b, withBounds, x, y))))
                .withAction(2, edit("property", Combinators.combine(n, n, seed).as((a, c, sd) -> d -> RandomEdits.editProperty(d, a, c, sd))))
                .withAction(2, edit("nacl", Combinators.combine(n, n, n, flag, n)
                        .as((op, a, number, inbound, port) -> d -> RandomEdits.nacl(d, op, a, number, inbound, port))))
                .withAction(2, edit("sg", Combinators.combine(n, n, flag, n, n)
                        .as((op, a, inbound, port, i) -> d -> RandomEdits.securityGroup(d, op, a, inbound, port, i))))
                .withAction(2, edit("route", Combinators.combine(n, n, n, n).as((op, a, dest, t) -> d -> RandomEdits.route(d, op, a, dest, t))))
                .withAction(1, edit("associate", Combinators.combine(n, n, flag).as((a, b, rt) -> d -> RandomEdits.associate(d, a, b, rt))))
                .withAction(1, edit("setMain", Combinators.combine(n, n).as((a, b) -> d -> RandomEdits.setMain(d, a, b))))
                .withAction(1, Action.<Session>builder().when(s -> s.stack.canUndo()).describeAs("undo").justMutate(Session::undo))
                .withAction(1, Action.<Session>builder().when(s -> s.stack.canRedo()).describeAs("redo").justMutate(Session::redo))
                .withMaxTransformations(30);
    }

    private static Action.Independent<Session> edit(String kind, Arbitrary<Function<Document, Command>> edits) {
        return () -> edits.map(build -> Transformer.mutate(kind, s -> s.execute(kind, build.apply(s.doc()))));
    }

    private static Action.Independent<Session> move(Arbitrary<Integer> n, Arbitrary<Boolean> flag, Arbitrary<Double> distance) {
        return () -> Combinators.combine(n, n, flag, flag, distance, distance).as((a, b, two, again, dx, dy) ->
                Transformer.<Session>mutate("move", s -> {
                    List<String> keys = again && s.lastMove != null ? s.lastMove : RandomEdits.moveSelection(s.doc(), a, b, two);
                    s.execute("move", keys == null ? null : new MoveElements(keys, dx, dy));
                }));
    }
}
