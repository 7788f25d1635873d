package org.opsmaturity.samples.cli;

/**
 * The positional parameters of a command: at least {@code min}, at most {@code max} of them.
 *
 * @param label       the label in the help, e.g. {@code FACTS}
 * @param description the help text
 * @param min         how many must be given
 * @param max         how many may be given
 * @param converter   turns each text into a value
 * @param <T>         the value's type
 */
record ParamDef<T>(String label, String description, int min, int max, Converter<T> converter) {
    ParamDef {
        if (min < 0 || max < Math.max(1, min)) {
            throw new IllegalArgumentException(label + ": arity " + min + ".." + max + " is not valid; expected "
                    + "0 <= min <= max, max >= 1");
        }
    }

    /** "FACTS", "[FACTS]", "[FACTS...]". */
    String synopsis() {
        String s = max > 1 ? label + "..." : label;
        return min == 0 ? "[" + s + "]" : s;
    }
}
