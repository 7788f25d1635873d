package org.opsmaturity.model;

import java.util.Arrays;
import java.util.Locale;

/** How much of the scope an attestation covers, as OWASP SAMM answers: none, some, most or all. */
public enum Coverage {
    NONE, SOME, MOST, ALL;

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
