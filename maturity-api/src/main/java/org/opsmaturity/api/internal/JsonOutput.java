package org.opsmaturity.api.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.Diff;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Expiry;
import org.opsmaturity.model.Explanation;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Roadmap;
import org.opsmaturity.model.Rollup;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.WaiverResult;

/**
 * The JSON documents the library writes, as records that Jackson databind writes in their component order: the
 * assessment (docs/facts.md, "The result"), the facts, a diff, a roadmap and a roll-up. A field that is
 * {@code null} in a record is left out of the document (an optional part absent). A justification's typed reason
 * ({@code because}) and a warning's {@code detail} are {@link JsonReasons}' records. Not API.
 */
public final class JsonOutput {
    private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper COMPACT = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /**
     * The assessment as an indented JSON document.
     *
     * @param a          the assessment
     * @param schemaId   the {@code $id} named in {@code metadata.schema}
     * @return the document
     */
    public static String write(Assessment a, String schemaId) {
        return pretty(assessment(a, schemaId));
    }

    /**
     * The assessment without indentation, as UTF-8 onto {@code out}, left open.
     *
     * @param a        the assessment
     * @param schemaId the {@code $id} named in {@code metadata.schema}
     * @param out      where to write
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeCompact(Assessment a, String schemaId, OutputStream out) throws IOException {
        COMPACT.writeValue(out, assessment(a, schemaId));
    }

    /**
     * The facts in the format the facts reader reads.
     *
     * @param f the facts
     * @return the document
     */
    public static String write(Facts f) {
        return pretty(new FactsOut(f.subject().isEmpty() ? null : f.subject(),
                f.attestations().stream().map(JsonOutput::attestation).toList(),
                f.observations().stream().map(JsonOutput::observation).toList()));
    }

    /**
     * A diff of two assessments.
     *
     * @param d the diff
     * @return the document
     */
    public static String write(Diff d) {
        return pretty(new DiffOut(
                d.levels().stream().map(c -> new ChangeOut(c.kind(), c.id(), c.before(), c.after(), c.delta(),
                        c.potentialBefore(), c.potentialAfter())).toList(),
                d.gained().stream().map(JsonOutput::statusChange).toList(),
                d.lost().stream().map(JsonOutput::statusChange).toList(),
                d.newConflicts().stream().map(w -> new ConflictOut(w.subject(), w.message())).toList(),
                d.newWaivers()));
    }

    /**
     * A roadmap.
     *
     * @param r the roadmap
     * @return the document
     */
    public static String write(Roadmap r) {
        return pretty(new RoadmapOut(r.target(), r.level(), r.met(), r.unknown(), r.missing(),
                r.steps().stream().map(s -> new StepOut(s.itemId(), s.level(), s.criteria().stream()
                        .map(g -> new StepCriterionOut(g.criterionId(), g.status().name())).toList())).toList()));
    }

    /**
     * A roll-up of many subjects.
     *
     * @param r the roll-up
     * @return the document
     */
    public static String write(Rollup r) {
        return pretty(new RollupOut(r.subjects(), r.overallDistribution(), r.weakestOverall(),
                r.items().stream().map(i -> new ItemRollupOut(i.itemId(), i.distribution(), i.weakest(),
                        i.mostMissing().stream().map(c -> new CountOut(c.criterionId(), c.subjects())).toList()))
                        .toList()));
    }

    private static String pretty(Object document) {
        try {
            return PRETTY.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new MaturityException("could not write JSON: " + e.getOriginalMessage(), "", e);
        }
    }

    private static AssessmentOut assessment(Assessment a, String schemaId) {
        return new AssessmentOut(
                a.metadata().map(m -> new MetadataOut(schemaId, m.modelVersion(), m.libraryVersion(),
                        m.assessedOn().toString(), m.profileDigest())).orElse(null),
                a.subject(),
                level(a.overall(), a.explain("overall")),
                a.domains().stream().map(d -> level(d, a.explain(d.id()))).toList(),
                a.areas().stream().map(x -> level(x, a.explain(x.id()))).toList(),
                a.items().stream().map(i -> item(i, a.explain(i.itemId()))).toList(),
                a.criteria().stream().map(JsonOutput::criterion).toList(),
                a.waivers().stream().map(JsonOutput::waiver).toList(),
                a.warnings().stream().map(w -> new WarningOut(w.code().name(), w.subject(), w.message(),
                        JsonReasons.detail(w.detail()))).toList());
    }

    private static LevelOut level(LevelResult r, Explanation e) {
        return new LevelOut(r.id(), name(r.name()), r.level(), r.potential(), r.score(), r.limitedBy(),
                r.expiry().map(JsonOutput::expiry).orElse(null), explanation(e));
    }

    private static ItemOut item(ItemResult i, Explanation e) {
        return new ItemOut(i.itemId(), name(i.name()), i.level(), i.potential(), i.score(), i.summary(),
                i.expiry().map(JsonOutput::expiry).orElse(null), explanation(e),
                i.gaps().stream().map(g -> new GapOut(g.criterionId(), g.level(), g.status().name())).toList(),
                i.unknowns(), i.ahead());
    }

    private static CriterionOut criterion(CriterionResult c) {
        return new CriterionOut(c.criterionId(), c.itemId(), c.level(), c.status().name(), c.source().name(),
                c.validUntil().map(Object::toString).orElse(null),
                c.justifications().stream().map(JsonOutput::justification).toList());
    }

    private static JustificationOut justification(Justification j) {
        return new JustificationOut(j.ruleId(), j.status().name(), j.reason(), JsonReasons.because(j.why()),
                j.attestations().isEmpty() ? null : j.attestations().stream().map(JsonOutput::attestation).toList(),
                j.observations().isEmpty() ? null : j.observations().stream().map(JsonOutput::observation).toList());
    }

    private static WaiverOut waiver(WaiverResult w) {
        return new WaiverOut(w.waiver().criterionId(), w.waiver().kind().name().toLowerCase(Locale.ROOT),
                w.waiver().reason(), w.waiver().approver(), w.waiver().expires().map(Object::toString).orElse(null),
                w.applied());
    }

    static AttestationOut attestation(Attestation a) {
        return new AttestationOut(a.criterionId(), a.verdict().name().toLowerCase(Locale.ROOT),
                a.verdict() == Verdict.PARTIAL ? a.coverage().name().toLowerCase(Locale.ROOT) : null,
                evidence(a.evidence()));
    }

    private static ObservationOut observation(Observation o) {
        return new ObservationOut(o.name(), JsonReasons.value(o), o.type() == ObservationType.NUMBER ? o.unit() : null,
                evidence(o.evidence()));
    }

    private static EvidenceOut evidence(Evidence e) {
        if (e.isEmpty()) {
            return null;
        }
        return new EvidenceOut(orNull(e.text()), orNull(e.link()), orNull(e.by()),
                e.observedAt().map(Object::toString).orElse(null));
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static NameOut name(Text t) {
        return new NameOut(t.zh(), t.en());
    }

    private static ValidUntilOut expiry(Expiry e) {
        return new ValidUntilOut(e.date().toString(), e.criterionId());
    }

    private static ExplanationOut explanation(Explanation e) {
        return new ExplanationOut(e.sentence().zh(), e.sentence().en(), e.blocking(), e.headroom());
    }

    private static StatusChangeOut statusChange(Diff.StatusChange c) {
        return new StatusChangeOut(c.criterionId(), c.before().name(), c.after().name());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssessmentOut(MetadataOut metadata, String subject, LevelOut overall, List<LevelOut> domains,
            List<LevelOut> areas, List<ItemOut> items, List<CriterionOut> criteria, List<WaiverOut> waivers,
            List<WarningOut> warnings) {
    }

    record MetadataOut(String schema, String model, String library, String assessedOn, String profileDigest) {
    }

    record NameOut(String zh, String en) {
    }

    record ValidUntilOut(String date, String criterion) {
    }

    record ExplanationOut(String zh, String en, List<String> blocking, int headroom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LevelOut(String id, NameOut name, int level, int potential, double score, List<String> limitedBy,
            ValidUntilOut validUntil, ExplanationOut explanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemOut(String id, NameOut name, int level, int potential, double score, String summary,
            ValidUntilOut validUntil, ExplanationOut explanation, List<GapOut> gaps, List<String> unknowns,
            List<String> ahead) {
    }

    record GapOut(String criterion, int level, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CriterionOut(String id, String item, int level, String status, String source, String validUntil,
            List<JustificationOut> justifications) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JustificationOut(String rule, String status, String reason, JsonReasons.BecauseOut because,
            List<AttestationOut> attestations, List<ObservationOut> observations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttestationOut(String criterion, String verdict, String coverage, EvidenceOut evidence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ObservationOut(String name, Object value, String unit, EvidenceOut evidence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EvidenceOut(String text, String link, String by, String observedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WaiverOut(String criterion, String kind, String reason, String approver, String expires, boolean applied) {
    }

    record WarningOut(String code, String subject, String message, JsonReasons.DetailOut detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactsOut(String subject, List<AttestationOut> attestations, List<ObservationOut> observations) {
    }

    record ChangeOut(String kind, String id, int before, int after, int delta, int potentialBefore,
            int potentialAfter) {
    }

    record StatusChangeOut(String criterion, String before, String after) {
    }

    record ConflictOut(String subject, String message) {
    }

    record DiffOut(List<ChangeOut> levels, List<StatusChangeOut> gained, List<StatusChangeOut> lost,
            List<ConflictOut> newConflicts, List<String> newWaivers) {
    }

    record StepCriterionOut(String criterion, String status) {
    }

    record StepOut(String item, int level, List<StepCriterionOut> criteria) {
    }

    record RoadmapOut(String target, int level, int met, int unknown, int missing, List<StepOut> steps) {
    }

    record CountOut(String criterion, int subjects) {
    }

    record ItemRollupOut(String item, int[] distribution, List<Rollup.SubjectLevel> weakest,
            List<CountOut> mostMissing) {
    }

    record RollupOut(int subjects, int[] overallDistribution, List<Rollup.SubjectLevel> weakestOverall,
            List<ItemRollupOut> items) {
    }
}
