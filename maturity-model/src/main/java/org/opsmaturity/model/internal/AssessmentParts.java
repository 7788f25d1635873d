package org.opsmaturity.model.internal;

import java.util.List;
import java.util.Objects;

import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.WaiverResult;
import org.opsmaturity.model.Warning;

/**
 * The parts of an assessment beyond its levels, which the engine builds on first use: every criterion
 * with its justifications, the items with their gaps, the roll-ups, the warnings and the waivers; each in
 * catalogue order. Engine-internal: not part of the library's API.
 */
public record AssessmentParts(List<CriterionResult> criteria, List<ItemResult> items, List<LevelResult> areas,
        List<LevelResult> domains, LevelResult overall, List<Warning> warnings, List<WaiverResult> waivers) {
    public AssessmentParts {
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
        areas = List.copyOf(areas);
        domains = List.copyOf(domains);
        Objects.requireNonNull(overall, "overall");
        warnings = List.copyOf(warnings);
        waivers = List.copyOf(waivers);
    }
}
