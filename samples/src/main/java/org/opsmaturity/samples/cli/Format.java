package org.opsmaturity.samples.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one vocabulary of {@code -f/--format} across commands: {@code table} (text for a terminal), {@code json},
 * {@code markdown}, {@code html}. Each command accepts the ones it can write; {@code text} is kept as an alias
 * of {@code table} (the old spelling of {@code roadmap} and {@code diff}); case does not matter.
 */
enum Format {
    table, json, markdown, html;

    /** The formats of {@code roadmap} and {@code diff}. */
    static final Set<Format> TEXT_JSON_MARKDOWN = EnumSet.of(table, json, markdown);

    static Format parse(String value, Set<Format> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        Format f = v.equals("text") ? table : null;
        for (Format c : values()) {
            if (c.name().equals(v)) {
                f = c;
            }
        }
        if (f == null || !allowed.contains(f)) {
            throw new ArgException("'" + Output.shown(value) + "' is not valid; expected " + list(allowed));
        }
        return f;
    }

    /** "table, json or markdown". */
    static String list(Set<Format> allowed) {
        return Converter.oneOf(allowed.stream().map(Format::name).toList());
    }

    /**
     * The {@code -f/--format} option of a command, {@code table} by default.
     *
     * @param converter the formats the command writes
     * @param formats   them in words, e.g. "table, json or markdown"
     * @return the option
     */
    static OptionDef<Format> option(Converter<Format> converter, String formats) {
        // concat, not +: no string-concatenation bootstrap on the way to the first result
        return OptionDef.of("--format", "FORMAT", converter, formats.concat(" (default: ${DEFAULT-VALUE}; text is the "
                + "same as table).")).withAlias("-f").withDefault("table");
    }

    /** {@code assess}: all four. */
    static final class All implements Converter<Format> {
        @Override
        public Format convert(String value) {
            return parse(value, EnumSet.allOf(Format.class));
        }
    }

    /** {@code history}: table or json. */
    static final class TableJson implements Converter<Format> {
        @Override
        public Format convert(String value) {
            return parse(value, EnumSet.of(table, json));
        }
    }

    /** {@code roadmap}, {@code diff}: table, json or markdown. */
    static final class TextJsonMarkdown implements Converter<Format> {
        @Override
        public Format convert(String value) {
            return parse(value, TEXT_JSON_MARKDOWN);
        }
    }
}
