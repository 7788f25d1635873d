package org.opsmaturity.samples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the text of an option or parameter into its value, or throws an {@link ArgException} whose message
 * names the value and what was expected (the parser adds the option's name).
 *
 * @param <T> the value's type
 */
interface Converter<T> {
    /**
     * The value of {@code text}.
     *
     * @param text the text given on the command line
     * @return the value
     * @throws ArgException when the text is not a valid value
     */
    T convert(String text);

    /** Any text, as given. */
    Converter<String> TEXT = new Text();
    /** A file path. */
    Converter<Path> PATH = new PathValue();
    /** A flag: given alone, or as {@code --flag=true|false}. */
    Converter<Boolean> FLAG = new Flag();

    /** Any text, as given. */
    final class Text implements Converter<String> {
        @Override
        public String convert(String text) {
            return text;
        }
    }

    /** A file path; the file need not exist (the command says so when it must). */
    final class PathValue implements Converter<Path> {
        @Override
        public Path convert(String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new ArgException("'" + Output.shown(text) + "' is not valid; expected a file path ("
                        + e.getReason() + ")");
            }
        }
    }

    /** {@code true} or {@code false}, case ignored. */
    final class Flag implements Converter<Boolean> {
        @Override
        public Boolean convert(String text) {
            String v = text.toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
                throw new ArgException("'" + Output.shown(text) + "' is not valid; expected true or false");
            }
            return v.equals("true");
        }
    }

    /**
     * One of an enum's constants, by its exact name.
     *
     * @param <E> the enum
     */
    final class Choice<E extends Enum<E>> implements Converter<E> {
        private final E[] values;

        Choice(E[] values) {
            this.values = values.clone();
        }

        @Override
        public E convert(String text) {
            for (E e : values) {
                if (e.name().equals(text)) {
                    return e;
                }
            }
            throw new ArgException("'" + Output.shown(text) + "' is not valid; expected " + names());
        }

        /** "csv or markdown", "en or zh". */
        String names() {
            List<String> names = new ArrayList<>(values.length);
            for (E e : values) {
                names.add(e.name());
            }
            return oneOf(names);
        }
    }

    /**
     * Choices in words: "a", "a or b", "a, b or c".
     *
     * @param choices the choices, in order
     * @return them joined
     */
    static String oneOf(List<String> choices) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            b.append(i == 0 ? "" : i == choices.size() - 1 ? " or " : ", ").append(choices.get(i));
        }
        return b.toString();
    }
}
