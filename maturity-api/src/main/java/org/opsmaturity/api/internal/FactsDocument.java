package org.opsmaturity.api.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Verdict;

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
     * The document bound without databind when every part of the tree has the plain shape that databind binds
     * in only one way: objects with known fields only, strings where a component is a {@code String} (no JSON
     * null anywhere, no number or boolean for a string), lists as arrays, evidence a string or such an object.
     * Anything else gives {@code null}, and databind binds the tree, with its errors. Cheaper than databind's
     * first use (no deserializers built), which is what a command line's single document pays.
     *
     * @param root a document's tree
     * @return the records databind would bind, or {@code null} when the tree is not plain
     */
    static FactsDocument plain(JsonNode root) {
        try {
            require(fieldsIn(root, "$schema", "subject", "attestations", "observations")
                    && textOrAbsent(root.get("subject")));
            return new FactsDocument(root.get("$schema"), textOf(root.get("subject")),
                    listOf(root.get("attestations"), FactsDocument::attestationOf),
                    listOf(root.get("observations"), FactsDocument::observationOf));
        } catch (NotPlain e) {
            return null;
        }
    }

    /** Thrown, without a stack trace, where a part of the tree is not plain; {@link #plain} gives null then. */
    private static final class NotPlain extends RuntimeException {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private static void require(boolean plain) {
        if (!plain) {
            throw NotPlain.INSTANCE;
        }
    }

    /** An absent list is null, as databind binds it; an array's elements each bound by {@code element}. */
    private static <T> List<T> listOf(JsonNode list, java.util.function.Function<JsonNode, T> element) {
        if (list == null) {
            return null;
        }
        require(list.isArray());
        List<T> bound = new java.util.ArrayList<>(list.size());
        list.forEach(n -> bound.add(element.apply(n)));
        return bound;
    }

    private static AttestationIn attestationOf(JsonNode a) {
        require(fieldsIn(a, "criterion", "verdict", "coverage", "evidence") && textOrAbsent(a.get("criterion"))
                && textOrAbsent(a.get("verdict")) && textOrAbsent(a.get("coverage")));
        return new AttestationIn(textOf(a.get("criterion")), textOf(a.get("verdict")), textOf(a.get("coverage")),
                evidenceOf(a.get("evidence")));
    }

    private static ObservationIn observationOf(JsonNode o) {
        JsonNode value = o.get("value");
        require(fieldsIn(o, "name", "value", "unit", "evidence") && textOrAbsent(o.get("name"))
                && textOrAbsent(o.get("unit")) && value != null && !value.isNull());
        return new ObservationIn(textOf(o.get("name")), value, o.get("unit"), evidenceOf(o.get("evidence")));
    }

    /** An object whose every field is one of {@code names}. */
    private static boolean fieldsIn(JsonNode n, String... names) {
        if (n == null || !n.isObject()) {
            return false;
        }
        for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            if (!List.of(names).contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean textOrAbsent(JsonNode n) {
        return n == null || n.isTextual();
    }

    private static String textOf(JsonNode n) {
        return n == null ? null : n.textValue();
    }

    private static EvidenceIn evidenceOf(JsonNode e) {
        if (e == null) {
            return null;
        }
        if (e.isTextual()) {
            return EvidenceIn.of(e.textValue());
        }
        require(fieldsIn(e, "text", "link", "by", "observedAt") && textOrAbsent(e.get("text"))
                && textOrAbsent(e.get("link")) && textOrAbsent(e.get("by")) && textOrAbsent(e.get("observedAt")));
        return new EvidenceIn(textOf(e.get("text")), textOf(e.get("link")), textOf(e.get("by")), textOf(e.get("observedAt")));
    }

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
        /**
         * The attestation, its values checked.
         *
         * @param path its JSON path
         * @return the attestation
         * @throws InvalidFactsException for the first mistake of it
         */
        Attestation attestation(String path) {
            String id = FactsReading.required(path + ".criterion", criterion);
            String verdictWord = FactsReading.required(path + ".verdict", verdict);
            String coverageWord = coverage == null ? "" : coverage;
            Verdict parsed;
            Coverage level;
            try {
                parsed = Verdict.parse(path + ".verdict", verdictWord);
                level = coverageWord.isEmpty() ? null : Coverage.parse(path + ".coverage", coverageWord);
            } catch (InvalidFactsException e) {
                throw new InvalidValueException(e.path(), e.path().endsWith(".verdict") ? verdictWord : coverageWord,
                        e.expected(), e.hint());
            }
            if (parsed == Verdict.PARTIAL && level == null) {
                throw new FactFormatException(path + ".coverage", null, "\"some\" or \"most\" for a partial verdict",
                        "Maybe add \"coverage\": \"some\" or \"most\".");
            }
            Evidence proof = EvidenceIn.evidence(path + ".evidence", evidence);
            try {
                return new Attestation(id, parsed, proof, level);
            } catch (InvalidFactsException e) {
                if (e instanceof FactFormatException) {
                    throw e;
                }
                throw new InvalidValueException(path + ".coverage", coverageWord, "all for met, none for not_met, some or "
                        + "most for partial", "Maybe write verdict \"partial\" with coverage \"some\" or \"most\".");
            }
        }
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
        /**
         * The observation, its values checked.
         *
         * @param path its JSON path
         * @return the observation
         * @throws InvalidFactsException for the first mistake of it
         */
        Observation observation(String path) {
            String id = FactsReading.required(path + ".name", name);
            Evidence proof = EvidenceIn.evidence(path + ".evidence", evidence);
            JsonNode v = value;
            if (v == null || v.isNull()) {
                throw new FactFormatException(path + ".value", null, "true/false, a number with a unit, or an array of words",
                        "");
            }
            Observation o;
            if (v.isBoolean()) {
                rejectUnit(path, unit);
                o = Observation.flag(id, v.booleanValue());
            } else if (v.isNumber()) {
                o = Observation.number(id, v.doubleValue(), FactsReading.required(path + ".unit",
                        FactsReading.string(path + ".unit", unit)));
            } else if (v.isArray()) {
                rejectUnit(path, unit);
                Set<String> words = new LinkedHashSet<>();
                for (int i = 0; i < v.size(); i++) {
                    String w = FactsReading.string(path + ".value[" + i + "]", v.get(i));
                    if (w == null) {
                        throw new FactFormatException(path + ".value[" + i + "]", "null", "a word (string)", "");
                    }
                    words.add(w);
                }
                o = Observation.set(id, words);
            } else {
                throw new FactFormatException(path + ".value", v.toString(),
                        "true/false, a number (with \"unit\"), or an array of words",
                        v.isTextual() ? "Maybe write a number or true/false without quotes, or words as an array: [\""
                                + MaturityException.cut(v.textValue()) + "\"]." : "");
            }
            return o.withEvidence(proof);
        }

        /** A flag or a set has no unit: a {@code "unit"} field is refused, even {@code "unit": null}. */
        private static void rejectUnit(String path, JsonNode unit) {
            if (unit != null) {
                throw new FactFormatException(path + ".unit", unit.toString(), "no unit for a flag or a set",
                        "Maybe remove \"unit\".");
            }
        }
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
        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static EvidenceIn of(String text) {
            return new EvidenceIn(text, null, null, null);
        }

        /**
         * The evidence, its date checked.
         *
         * @param path its JSON path
         * @param e    the evidence bound, or {@code null} when there is none
         * @return the evidence
         * @throws InvalidFactsException for a date that is not one, or out of range
         */
        static Evidence evidence(String path, EvidenceIn e) {
            if (e == null) {
                return Evidence.none();
            }
            Optional<LocalDate> at = Optional.empty();
            String date = e.observedAt() == null ? "" : e.observedAt();
            if (!date.isEmpty()) {
                try {
                    if (!DATE.matcher(date).matches()) {
                        throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
                    }
                    at = Optional.of(LocalDate.parse(date));
                } catch (DateTimeParseException x) {
                    throw new FactFormatException(path + ".observedAt", date, "a date YYYY-MM-DD", "");
                }
                if (at.get().isBefore(Evidence.FIRST_DATE) || at.get().isAfter(Evidence.LAST_DATE)) {
                    throw new InvalidValueException(path + ".observedAt", date, "a date from " + Evidence.FIRST_DATE + " to "
                            + Evidence.LAST_DATE, "Maybe the year is mistyped.");
                }
            }
            return new Evidence(FactsReading.orEmpty(e.text()), FactsReading.orEmpty(e.link()), FactsReading.orEmpty(e.by()), at);
        }
    }
}
