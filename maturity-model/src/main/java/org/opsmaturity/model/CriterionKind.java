package org.opsmaturity.model;

/** Whether a numbered point is a requirement or only describes a deficient state. */
public enum CriterionKind {
    /** A capability the organisation must have at the level: gates the level. */
    REQUIREMENT,
    /** A description of a shortfall (e.g. "无系统管理，依靠文档离线记录配置信息"): shown, never required. */
    SHORTFALL
}
