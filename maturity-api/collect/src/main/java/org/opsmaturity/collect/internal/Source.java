package org.opsmaturity.collect.internal;

/** One configured source of evidence. */
public interface Source {
    /** How messages name it, e.g. {@code prometheus prod}. */
    String name();

    /** Puts its observations, skips and notes into the sink; throws CollectException when it cannot go on. */
    void collect(Sink sink, Inputs inputs);
}
