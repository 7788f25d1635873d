package org.opsmaturity.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The facts document (docs/facts.md) as Jackson databind binds it, one record per object of the format: the
 * components are the only fields allowed, and a {@code String} component takes a JSON string only. A
 * {@link JsonNode} component holds a value of more than one shape, or tells an explicit JSON {@code null} (a
 * {@code NullNode}) from an absent field ({@code null}). {@link FactsReading} turns these into the model's
 * facts. Not API.
 *
 * @param schema       {@code $schema}, any value, unread
 * @param subject      the subject
 * @param attestations the attestations
 * @param observations the observations
 */
record FactsDocument(@JsonProperty("$schema") JsonNode schema, String subject, List<AttestationIn> attestations,
        List<ObservationIn> observations) {

    /**
     * The same document with its parts left as trees, each bound on its own after a mistake, so that one
     * wrong part does not hide the mistakes of the others.
     *
     * @param schema       {@code $schema}, any value, unread
     * @param subject      the subject, to bind to a string
     * @param attestations the attestations, each to bind to an {@link AttestationIn}
     * @param observations the observations, each to bind to an {@link ObservationIn}
     */
    record Parts(@JsonProperty("$schema") JsonNode schema, JsonNode subject, List<JsonNode> attestations,
            List<JsonNode> observations) {
    }

    /**
     * One attestation.
     *
     * @param criterion the criterion id
     * @param verdict   met, not_met or partial
     * @param coverage  none, some, most or all
     * @param evidence  the evidence, a string or an object
     */
    record AttestationIn(String criterion, String verdict, String coverage, EvidenceIn evidence) {
    }

    /**
     * One observation.
     *
     * @param name     the observation's name
     * @param value    true/false, a number or an array of words
     * @param unit     the unit of a number (a string); refused, even as {@code null}, for a flag or a set
     * @param evidence the evidence, a string or an object
     */
    record ObservationIn(String name, JsonNode value, JsonNode unit, EvidenceIn evidence) {
    }

    /**
     * Evidence: a string (its text) or an object.
     *
     * @param text       what shows it
     * @param link       where it is
     * @param by         who gave it
     * @param observedAt the date it was observed, YYYY-MM-DD
     */
    record EvidenceIn(String text, String link, String by, String observedAt) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static EvidenceIn of(String text) {
            return new EvidenceIn(text, null, null, null);
        }
    }
}
