package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What backs a fact: a text, a link, who gave it and when it was observed. Empty strings when absent.
 */
public record Evidence(String text, String link, String by, Optional<LocalDate> observedAt) {
    /**
     * The range of evidence dates the library reads: a validity period ({@link Freshness#MAX_DAYS} at
     * most) added to the last one still gives a four-digit year.
     */
    public static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9899, 12, 31);
    private static final Evidence NONE = new Evidence("", "", "", Optional.empty());

    public Evidence {
        text = Objects.requireNonNullElse(text, "");
        link = Objects.requireNonNullElse(link, "");
        by = Objects.requireNonNullElse(by, "");
        observedAt = Objects.requireNonNullElse(observedAt, Optional.empty());
    }

    public static Evidence none() {
        return NONE;
    }

    public static Evidence of(String text) {
        return new Evidence(text, "", "", Optional.empty());
    }

    public Evidence withLink(String link) {
        return new Evidence(text, link, by, observedAt);
    }

    public Evidence withBy(String by) {
        return new Evidence(text, link, by, observedAt);
    }

    public Evidence withObservedAt(LocalDate date) {
        return new Evidence(text, link, by, Optional.of(date));
    }

    public boolean isEmpty() {
        return text.isEmpty() && link.isEmpty() && by.isEmpty() && observedAt.isEmpty();
    }

    /** One line for people, e.g. {@code "runbook reviewed" (alice, 2026-11-02) https://...}. */
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
