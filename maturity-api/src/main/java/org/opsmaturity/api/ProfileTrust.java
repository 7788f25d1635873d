package org.opsmaturity.api;

/**
 * What a profile read by {@link Assessor.Builder#profile(java.nio.file.Path, ProfileTrust)} may do. A
 * profile is data (structure, declarative criteria, overrides, waivers, policy, freshness) unless its
 * reader is told to trust it with code: DRL rule files run Java in this process.
 */
public enum ProfileTrust {
    /** Data only: a profile that lists {@code rules} is refused. The default. */
    DATA_ONLY,
    /** Data and the DRL files the profile lists in its own folder: only for profiles whose author you trust. */
    ALLOW_RULES
}
