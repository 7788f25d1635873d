package org.opsmaturity.samples;

/** Lets tests in other packages run the command line as {@link CliTest} does. */
public final class CliTestAccess {
    private CliTestAccess() {
    }

    /** The standard output of a run that must succeed. */
    public static String out(String... args) {
        CliTest.Run r = CliTest.run(args);
        if (r.code() != 0) {
            throw new AssertionError("exit " + r.code() + ": " + r.err());
        }
        return r.out();
    }
}
