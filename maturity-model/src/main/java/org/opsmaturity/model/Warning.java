package org.opsmaturity.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A warning about the facts.
 *
 * @param code    its kind
 * @param subject the criterion id or observation name concerned
 * @param detail  what it is about, as data; {@link #message()} is its English text, {@link #messageIn(Locale)}
 *                the text in a language
 */
public record Warning(WarningCode code, String subject, WarningDetail detail) {
    /**
     * Checks the operands.
     *
     * @param code its kind
     * @param subject the criterion id or observation name concerned
     * @param detail what it is about, as data; {@link #message()} is its English text, {@link #messageIn(Locale)}
     *               the text in a language
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A warning given as text (shown as it is in every language).
     *
     * @param code    its kind
     * @param subject the criterion id or observation name concerned
     * @param message the text
     */
    public Warning(WarningCode code, String subject, String message) {
        this(code, subject, new WarningDetail.Prose(Objects.requireNonNull(message, "message")));
    }

    /**
     * The message in English, as the JSON result carries it.
     *
     * @return the text, never null
     */
    public String message() {
        return detail.en();
    }

    /**
     * The message in a language.
     *
     * @param locale the reader's language: Chinese for {@code zh}, else English
     * @return the text, never null
     */
    public String messageIn(Locale locale) {
        return detail.text(locale);
    }
}
