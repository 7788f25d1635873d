package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What backs a fact: a text, a link, who gave it and when it was observed. Empty strings when absent.
 *
 * @param text       what the fact rests on, e.g. {@code crisis plan v3, reviewed 2026-11-20}
 * @param link       a URL or file that shows it
 * @param by         who gave it
 * @param observedAt the day it was observed, if known
 */
public record Evidence(String text, String link, String by, Optional<LocalDate> observedAt) {
    /**
     * The range of evidence dates the library reads: a validity period ({@link Freshness#MAX_DAYS} at
     * most) added to the last one still gives a four-digit year.
     */
    public static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    /** The last evidence date the library reads. */
    public static final LocalDate LAST_DATE = LocalDate.of(9899, 12, 31);
    private static final Evidence NONE = new Evidence("", "", "", Optional.empty());

    /**
     * Replaces nulls by empty values.
     *
     * @param text       the text, null for none
     * @param link       the link, null for none
     * @param by         who gave it, null for none
     * @param observedAt the day, null for none
     */
    public Evidence {
        text = Objects.requireNonNullElse(text, "");
        link = Objects.requireNonNullElse(link, "");
        by = Objects.requireNonNullElse(by, "");
        observedAt = Objects.requireNonNullElse(observedAt, Optional.empty());
    }

    /**
     * No evidence.
     *
     * @return the empty evidence
     */
    public static Evidence none() {
        return NONE;
    }

    /**
     * Evidence of a text only.
     *
     * @param text what the fact rests on
     * @return the evidence
     */
    public static Evidence of(String text) {
        return new Evidence(text, "", "", Optional.empty());
    }

    /**
     * This evidence with a link.
     *
     * @param link a URL or file
     * @return new evidence
     */
    public Evidence withLink(String link) {
        return new Evidence(text, link, by, observedAt);
    }

    /**
     * This evidence with who gave it.
     *
     * @param by a person or tool
     * @return new evidence
     */
    public Evidence withBy(String by) {
        return new Evidence(text, link, by, observedAt);
    }

    /**
     * This evidence with the day it was observed.
     *
     * @param date the day
     * @return new evidence
     */
    public Evidence withObservedAt(LocalDate date) {
        return new Evidence(text, link, by, Optional.of(date));
    }

    /**
     * Whether nothing is given.
     *
     * @return true when text, link, by and date are all absent
     */
    public boolean isEmpty() {
        return text.isEmpty() && link.isEmpty() && by.isEmpty() && observedAt.isEmpty();
    }

    /**
     * One line for people, e.g. {@code "runbook reviewed" (alice, 2026-11-02) https://...}.
     *
     * @return the line, empty for no evidence
     */
    public String display() {
        StringBuilder s = new StringBuilder();
        if (!text.isEmpty()) {
            s.append('"').append(text).append('"');
        }
        String who = by + (observedAt.isPresent() ? (by.isEmpty() ? "" : ", ") + observedAt.get() : "");
        if (!who.isEmpty()) {
            s.append(s.length() > 0 ? " " : "").append('(').append(who).append(')');
        }
        if (!link.isEmpty()) {
            s.append(s.length() > 0 ? " " : "").append(link);
        }
        return s.toString();
    }
}
