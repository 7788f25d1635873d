package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion declared not applicable (with reason, approver and expiry) or disabled for an assessor.
 * A waived criterion gates no level while the waiver applies; past its expiry it no longer applies and
 * the assessment reports it as expired.
 *
 * @param criterionId the waived criterion
 * @param kind        not applicable or disabled
 * @param reason      why
 * @param approver    who approved it (needed for not applicable)
 * @param expires     the last day it applies, if any
 */
public record Waiver(String criterionId, Kind kind, String reason, String approver, Optional<LocalDate> expires) {
    /** The kinds of waiver. */
    public enum Kind {
        /** The criterion does not apply to the organisation; needs a reason and an approver. */
        NOT_APPLICABLE,
        /** The criterion is left out of this assessor. */
        DISABLED
    }

    /**
     * Checks the parts.
     *
     * @param criterionId the waived criterion
     * @param kind        not applicable or disabled
     * @param reason      why, null for none
     * @param approver    who approved it, null for none
     * @param expires     the last day it applies, null for never
     * @throws NullPointerException when criterionId or kind is null
     */
    public Waiver {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(kind, "kind");
        reason = Objects.requireNonNullElse(reason, "");
        approver = Objects.requireNonNullElse(approver, "");
        expires = Objects.requireNonNullElse(expires, Optional.empty());
    }

    /**
     * A not-applicable waiver.
     *
     * @param criterionId the criterion
     * @param reason      why it does not apply
     * @param approver    who approved it
     * @param expires     the last day it applies, null for never
     * @return the waiver
     */
    public static Waiver notApplicable(String criterionId, String reason, String approver, LocalDate expires) {
        return new Waiver(criterionId, Kind.NOT_APPLICABLE, reason, approver, Optional.ofNullable(expires));
    }

    /**
     * A criterion disabled for this assessor.
     *
     * @param criterionId the criterion
     * @param reason      why
     * @return the waiver, without approver or expiry
     */
    public static Waiver disabled(String criterionId, String reason) {
        return new Waiver(criterionId, Kind.DISABLED, reason, "", Optional.empty());
    }

    /**
     * Whether the waiver applies on a date (it applies through its expiry date).
     *
     * @param date the day of the assessment
     * @return true when it has not expired by then
     */
    public boolean appliesOn(LocalDate date) {
        return expires.map(e -> !date.isAfter(e)).orElse(true);
    }
}
