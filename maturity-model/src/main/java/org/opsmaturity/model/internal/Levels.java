package org.opsmaturity.model.internal;

import org.opsmaturity.model.CriterionStatus;

/**
 * What an assessment computes eagerly: every criterion's status and the confirmed and potential levels of
 * every item, area and domain and of the whole, as arrays indexed like the {@link CompiledCatalog}. The
 * arrays are never changed once handed over. Engine-internal: not part of the library's API.
 */
public record Levels(CriterionStatus[] status, int[] item, int[] itemPotential, int[] area, int[] areaPotential,
        int[] domain, int[] domainPotential, int overall, int overallPotential) {
}
