package org.opsmaturity.history;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Subjects, runs, trends and changes as JSON documents (docs/history.md shows them). */
public final class HistoryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HistoryJson() {
    }

    /**
     * The subjects as JSON, as {@code history --format json} prints them.
     *
     * @param subjects the subjects
     * @return a JSON array
     */
    public static String subjects(List<Subject> subjects) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode a = root.putArray("subjects");
        for (Subject s : subjects) {
            ObjectNode n = a.addObject();
            n.put("subject", s.name());
            n.put("runs", s.runs());
            run(n.putObject("first"), s.first());
            run(n.putObject("latest"), s.latest());
        }
        return write(root);
    }

    /**
     * The runs as JSON.
     *
     * @param runs the runs
     * @return a JSON array
     */
    public static String runs(List<Run> runs) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode a = root.putArray("runs");
        runs.forEach(r -> run(a.addObject(), r));
        return write(root);
    }

    /**
     * A trend as JSON.
     *
     * @param t the trend
     * @return a JSON object
     */
    public static String trend(Trend t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("subject", t.subject());
        root.put("target", t.target());
        root.put("comparable", t.comparable());
        ArrayNode a = root.putArray("points");
        for (Trend.Point p : t.points()) {
            ObjectNode n = a.addObject();
            n.put("level", p.level());
            n.put("potential", p.potential());
            n.put("score", p.score());
            n.put("comparable", p.comparable());
            if (!p.comparable()) {
                n.put("rulesChange", p.rulesChange());
            }
            run(n.putObject("run"), p.run());
        }
        return write(root);
    }

    /**
     * The changes as JSON.
     *
     * @param changes the changes
     * @return a JSON array
     */
    public static String changes(List<Change> changes) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode a = root.putArray("changes");
        for (Change c : changes) {
            ObjectNode n = a.addObject();
            n.put("subject", c.subject());
            n.put("cause", c.cause().name());
            if (!c.after().sameRules(c.before())) {
                n.put("rulesChange", c.after().rulesChangeSince(c.before()));
            }
            run(n.putObject("before"), c.before());
            run(n.putObject("after"), c.after());
            ArrayNode levels = n.putArray("levels");
            for (Change.LevelChange l : c.levels()) {
                levels.addObject().put("target", l.target()).put("before", l.before()).put("after", l.after())
                        .put("potentialBefore", l.potentialBefore()).put("potentialAfter", l.potentialAfter());
            }
            ArrayNode criteria = n.putArray("criteria");
            for (Change.CriterionChange cc : c.criteria()) {
                criteria.addObject().put("criterion", cc.criterionId()).put("before", cc.before().name())
                        .put("after", cc.after().name()).put("cause", cc.cause().name()).put("reason", cc.reason());
            }
        }
        return write(root);
    }

    private static void run(ObjectNode n, Run r) {
        n.put("id", r.id());
        n.put("subject", r.subject());
        n.put("assessedAt", r.assessedAt().toString());
        n.put("recordedAt", r.recordedAt().toString());
        n.put("level", r.level());
        n.put("potential", r.potential());
        n.put("modelVersion", r.modelVersion());
        n.put("libraryVersion", r.libraryVersion());
        n.put("profileDigest", r.profileDigest());
        n.put("factsDigest", r.factsDigest());
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }
}
