package org.opsmaturity.model;

import java.util.Arrays;
import java.util.Locale;

/** How much of the scope an attestation covers, as OWASP SAMM answers: none, some, most or all. */
public enum Coverage {
    /** None of the scope. */
    NONE,
    /** Some of it. */
    SOME,
    /** Most of it. */
    MOST,
    /** All of it. */
    ALL;

    /**
     * Reads a coverage word, case aside.
     *
     * @param path the field path, for the message
     * @param word none, some, most or all
     * @return the coverage
     * @throws InvalidFactsException when the word is none of them
     */
    public static Coverage parse(String path, String word) {
        if (word != null) {
            String w = word.trim().toUpperCase(Locale.ROOT);
            for (Coverage c : values()) {
                if (c.name().equals(w)) {
                    return c;
                }
            }
        }
        throw new InvalidFactsException(path, word, "one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT), "");
    }
}
