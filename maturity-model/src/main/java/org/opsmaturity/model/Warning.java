package org.opsmaturity.model;

import java.util.Objects;

/** A warning about the facts: {@code subject} is the criterion id or observation name concerned. */
public record Warning(WarningCode code, String subject, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
