package org.opsmaturity.model;

/** What a level cell of the model's tables holds. */
public enum CellKind {
    /** Numbered points: requirements and/or descriptions of a shortfall. */
    CRITERIA,
    /** "无" (or "1.无"): nothing (further) is required at this level. */
    NONE,
    /** "同上": same as the level before, nothing new is required. */
    SAME,
    /** A blank cell, or a level the table has no row for. Nothing is required. */
    EMPTY
}
