package org.opsmaturity.collect;

import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.opsmaturity.collect.internal.Inputs;
import org.opsmaturity.collect.internal.Sink;
import org.opsmaturity.collect.internal.Source;
import org.opsmaturity.model.Facts;
import org.opsmaturity.rules.StandardRules;

/**
 * Collects observations from the sources of a {@link CollectConfig}: {@code Collector.collect(config)}.
 * Each observation carries its evidence: the source's own date ({@code observedAt}), a link (the query URL,
 * the file and line, the event ids) and the source's name ({@code by}). Sources run in config order; a source
 * that cannot be read or answers with an error stops the run with a {@link CollectException}.
 */
public final class Collector {
    private final UnaryOperator<String> env;
    private final Supplier<InputStream> stdin;
    private final Clock clock;

    private Collector(UnaryOperator<String> env, Supplier<InputStream> stdin, Clock clock) {
        this.env = env;
        this.stdin = stdin;
        this.clock = clock;
    }

    /**
     * Collects with the process environment, standard input and the system clock.
     *
     * @param config the collection config
     * @return the collected facts and what was skipped
     */
    public static Collection collect(CollectConfig config) {
        return standard().run(config);
    }

    /**
     * A collector reading credentials from the process environment, events from System.in, time from UTC.
     *
     * @return a new collector
     */
    public static Collector standard() {
        return new Collector(System::getenv, () -> System.in, Clock.systemUTC());
    }

    /**
     * The same with another environment (credentials), e.g. for tests or a secrets manager.
     *
     * @param variables looks up an environment variable by name (null when unset)
     * @return a new collector
     */
    public Collector withEnvironment(UnaryOperator<String> variables) {
        return new Collector(Objects.requireNonNull(variables, "variables"), stdin, clock);
    }

    /**
     * The same with another standard input (for {@code stdin: true} event sources).
     *
     * @param in supplies standard input
     * @return a new collector
     */
    public Collector withStdin(Supplier<InputStream> in) {
        return new Collector(env, Objects.requireNonNull(in, "in"), clock);
    }

    /**
     * The same with another clock (the evaluation time of queries without {@code at}).
     *
     * @param c the clock
     * @return a new collector
     */
    public Collector withClock(Clock c) {
        return new Collector(env, stdin, Objects.requireNonNull(c, "clock"));
    }

    /**
     * Runs every source of the config.
     *
     * @param config the collection config
     * @return the collected facts and what was skipped
     */
    public Collection run(CollectConfig config) {
        Sink sink = new Sink(StandardRules.vocabulary());
        Inputs inputs = new Inputs(env, stdin, clock);
        for (Source s : config.sourceList()) {
            s.collect(sink, inputs);
        }
        Facts.Builder b = Facts.builder().subject(config.subject());
        sink.observations().forEach(b::observe);
        return new Collection(b.build(), sink.skips(), sink.notes());
    }
}
