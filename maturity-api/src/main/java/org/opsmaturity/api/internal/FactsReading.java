package org.opsmaturity.api.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.opsmaturity.api.internal.FactsDocument.AttestationIn;
import org.opsmaturity.api.internal.FactsDocument.ObservationIn;
import org.opsmaturity.api.internal.FactsDocument.Parts;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Problems;
import org.opsmaturity.model.Strings;

/**
 * The facts document bound by Jackson databind to the records of {@link FactsDocument}. Bytes that pass the
 * checks of {@link JsonFrontEnd} on bytes are bound in one go; any mistake sends the document through
 * {@link JsonFrontEnd#tree(byte[])}, whose errors name the path and position, and its tree is bound part by part
 * (the subject, each attestation, each observation on its own, so that one run reports the mistakes of all of
 * them in document order), each {@link MismatchedInputException} turned into the {@link FactFormatException}
 * that names the JSON path, the value and what was expected. The values are then checked and made into the
 * model's facts, the same way on both paths. Not API.
 */
public final class FactsReading {
    /** Strict binding: unknown fields are refused, and a string field takes no number or boolean. */
    private static final class Databind {
        static final ObjectMapper BINDER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        /** Made on first use, with its deserializers: a plain tree ({@link #facts(JsonNode)}) needs neither. */
        static final ObjectReader DOCUMENT = BINDER.readerFor(FactsDocument.class);
    }
    /** What the format's required string fields hold; a value of another type is "... (a string)". */
    private static final Map<String, String> REQUIRED = Map.of(
            "criterion", "a criterion id such as 1.1.1.L3.4",
            "verdict", "\"met\", \"not_met\" or \"partial\"",
            "name", "an observation name such as monitoring.processing.latency",
            "unit", "the unit of the number, e.g. \"s\" or \"%\"");

    private FactsReading() {
    }

    /**
     * The facts of a document, with every mistake of it in one exception.
     *
     * @param bytes the document, UTF-8 JSON
     * @return the facts
     * @throws InvalidFactsException naming the path, the value and what was expected, for every mistake
     */
    public static Facts read(byte[] bytes) {
        JsonFrontEnd.requireText(bytes);
        if (!JsonFrontEnd.mayEscapeSurrogate(bytes)) {
            try (JsonParser p = JsonFrontEnd.parser(bytes)) {
                FactsDocument doc = Databind.DOCUMENT.readValue(p);
                if (doc != null && p.nextToken() == null) {
                    return build(doc);
                }
            } catch (IOException e) {
                // found again on the tree, with its precise error
            }
        }
        return facts(JsonFrontEnd.tree(bytes));
    }

    /**
     * The facts of a document read by {@link JsonFrontEnd#tree(byte[])}, with every mistake of it in one exception.
     *
     * @param root the document's tree
     * @return the facts
     * @throws InvalidFactsException listing every attestation and observation that does not follow the format
     */
    public static Facts facts(JsonNode root) {
        FactsDocument plain = FactsDocument.plain(root);
        return plain != null ? build(plain) : bound(root);
    }

    /**
     * {@link #facts(JsonNode)} with every part bound by databind, one by one, so that each mistake is named
     * (kept apart for the test that compares it with the plain binding).
     */
    static Facts bound(JsonNode root) {
        Parts parts = object("$", root, Parts.class); // a wrong top level or section ends the reading
        return build(() -> text("subject", parts.subject()),
                parts.attestations(), (path, n) -> object(path, n, AttestationIn.class).attestation(path),
                parts.observations(), (path, n) -> object(path, n, ObservationIn.class).observation(path));
    }

    /** The facts of a bound document (by databind, or by {@link FactsDocument#plain}). */
    private static Facts build(FactsDocument doc) {
        return build(() -> doc.subject() == null ? "" : doc.subject(), doc.attestations(), FactsReading::attestation,
                doc.observations(), FactsReading::observation);
    }

    private static <A, O> Facts build(Supplier<String> subject, List<A> attestations,
            BiFunction<String, A, Attestation> attestation, List<O> observations,
            BiFunction<String, O, Observation> observation) {
        Problems<InvalidFactsException> problems = new Problems<>();
        Facts.Builder b = Facts.builder();
        collect(problems, () -> b.subject(subject.get()));
        for (int i = 0; attestations != null && i < attestations.size(); i++) {
            String path = "attestations[" + i + "]";
            A a = attestations.get(i);
            collect(problems, () -> b.attest(attestation.apply(path, a)));
        }
        for (int i = 0; observations != null && i < observations.size(); i++) {
            String path = "observations[" + i + "]";
            O o = observations.get(i);
            collect(problems, () -> b.observe(observation.apply(path, o)));
        }
        InvalidFactsException.throwIfAny(problems);
        return b.build();
    }

    private static Attestation attestation(String path, AttestationIn a) {
        requireObject(path, a);
        return a.attestation(path);
    }

    private static Observation observation(String path, ObservationIn o) {
        requireObject(path, o);
        return o.observation(path);
    }

    private static void collect(Problems<InvalidFactsException> problems, Supplier<Facts.Builder> part) {
        try {
            part.get();
        } catch (InvalidFactsException e) {
            problems.add(e);
        }
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A string field that may be absent or null: then "". */
    private static String text(String path, JsonNode n) {
        return orEmpty(string(path, n));
    }

    /** A string, or {@code null} for an absent field or JSON null; any other value is databind's mismatch. */
    static String string(String path, JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : bind(path, n, String.class);
    }

    static String required(String path, String value) {
        if (value == null) {
            throw new FactFormatException(path, null, REQUIRED.get(path.substring(path.lastIndexOf('.') + 1)), "");
        }
        return value;
    }

    /** {@link #bind} where the part must be an object: JSON null is refused as well. */
    private static <T> T object(String path, JsonNode n, Class<T> type) {
        T t = bind(path, n, type);
        requireObject(path, t);
        return t;
    }

    /** A JSON null in a list of objects. */
    private static void requireObject(String path, Object bound) {
        if (bound == null) {
            throw new FactFormatException(path, "null", "a JSON object", "");
        }
    }

    /** One part of the document bound to {@code type}; {@code null} when it is absent or JSON null. */
    private static <T> T bind(String path, JsonNode n, Class<T> type) {
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return Databind.BINDER.treeToValue(n, type);
        } catch (MismatchedInputException e) {
            throw mismatch(path, n, e);
        } catch (IOException e) { // a tree has no syntax errors: this is a mistake of the records
            throw new IllegalStateException("the facts records cannot be bound: " + e.getMessage(), e);
        }
    }

    /**
     * The format's error for a part that databind could not bind: the path of the part followed by the
     * exception's path, the value found there, and what the target type expects.
     */
    private static FactFormatException mismatch(String path, JsonNode part, MismatchedInputException e) {
        String at = path;
        JsonNode value = part;
        String field = path.endsWith("]") ? null : path.substring(path.lastIndexOf('.') + 1);
        for (JsonMappingException.Reference r : e.getPath()) {
            field = r.getFieldName();
            at = field == null ? at + "[" + r.getIndex() + "]" : at.equals("$") ? field : at + "." + field;
            value = value == null ? null : field == null ? value.get(r.getIndex()) : value.get(field);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            Set<String> known = new TreeSet<>();
            u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            return new FactFormatException(at, u.getPropertyName(), "one of the fields " + known,
                    Strings.maybe(u.getPropertyName(), known));
        }
        Class<?> target = e.getTargetType();
        String expected;
        if (target == String.class) {
            expected = field == null ? "a word (string)" : REQUIRED.containsKey(field) ? REQUIRED.get(field)
                    + " (a string)" : "a string";
        } else if (target != null && (target.isArray() || Collection.class.isAssignableFrom(target))) {
            expected = "a JSON array";
        } else {
            expected = "a JSON object";
        }
        return new FactFormatException(at, value == null ? null : value.toString(), expected, "");
    }
}
