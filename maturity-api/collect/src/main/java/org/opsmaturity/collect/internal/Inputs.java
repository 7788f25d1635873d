package org.opsmaturity.collect.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a collection reads besides its config: environment variables (credentials), standard input (events)
 * and the clock (the default evaluation time of queries).
 */
public record Inputs(UnaryOperator<String> env, Supplier<InputStream> stdin, Clock clock) {
    public Inputs {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(clock, "clock");
    }
}
