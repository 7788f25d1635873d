package org.opsmaturity.model;

import java.util.Arrays;
import java.util.Locale;

/** An assessor's verdict on one criterion. */
public enum Verdict {
    /** Met for all of the scope. */
    MET,
    /** Not met. */
    NOT_MET,
    /** Met for part of the scope: the attestation's {@link Coverage} says how much (some or most). */
    PARTIAL;

    /**
     * Parses "met", "MET", "not_met", "not-met", "not met".
     *
     * @param path the field path, for the message
     * @param word the verdict as written
     * @return the verdict
     * @throws InvalidFactsException when the word is no verdict
     */
    public static Verdict parse(String path, String word) {
        if (word != null) {
            String w = word.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Verdict v : values()) {
                if (v.name().equals(w)) {
                    return v;
                }
            }
        }
        throw new InvalidFactsException(path, word, "one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT),
                "Maybe write \"met\", \"not_met\" or \"partial\" (with a coverage).");
    }
}
