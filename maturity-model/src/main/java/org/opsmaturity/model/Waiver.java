package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion declared not applicable (with reason, approver and expiry) or disabled for an assessor.
 * A waived criterion gates no level while the waiver applies; past its expiry it no longer applies and
 * the assessment reports it as expired.
 */
public record Waiver(String criterionId, Kind kind, String reason, String approver, Optional<LocalDate> expires) {
    public enum Kind {
        NOT_APPLICABLE, DISABLED
    }

    public Waiver {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(kind, "kind");
        reason = Objects.requireNonNullElse(reason, "");
        approver = Objects.requireNonNullElse(approver, "");
        expires = Objects.requireNonNullElse(expires, Optional.empty());
    }

    public static Waiver notApplicable(String criterionId, String reason, String approver, LocalDate expires) {
        return new Waiver(criterionId, Kind.NOT_APPLICABLE, reason, approver, Optional.ofNullable(expires));
    }

    public static Waiver disabled(String criterionId, String reason) {
        return new Waiver(criterionId, Kind.DISABLED, reason, "", Optional.empty());
    }

    /** Whether the waiver applies on a date (it applies through its expiry date). */
    public boolean appliesOn(LocalDate date) {
        return expires.map(e -> !date.isAfter(e)).orElse(true);
    }
}
