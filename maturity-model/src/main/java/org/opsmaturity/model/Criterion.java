package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered point of a level cell: id {@code <item>.L<level>.<n>}, e.g. {@code 1.1.1.L3.4}. A company
 * criterion is easiest made with {@link #builder(String)}:
 *
 * <pre>{@code
 * Criterion c = Criterion.builder("acme.6.1.1.L4.9").item("6.1.1").level(4)
 *         .en("Availability is at least 99.99 %").build();
 * }</pre>
 *
 * @param id           the criterion id, e.g. {@code 1.1.1.L3.4} or a company's {@code acme.6.1.1.L4.9}
 * @param itemId       the capability item the criterion belongs to, e.g. {@code 1.1.1}
 * @param level        the level (1 to 5) whose cell holds the criterion
 * @param number       its number within the cell (the {@code n} of {@code L<level>.<n>}), 0 when it has none
 * @param kind         a requirement (gates the level) or a shortfall description (gates nothing)
 * @param text         the requirement (zh verbatim from the model, en translated), illustrations removed
 * @param illustration the illustrations split off (如：/例如/说明：/举例), possibly empty
 * @param parameters   thresholds the criterion's rule compares observations with
 * @param note         an editorial note of the model attached to the point (not a requirement), possibly empty
 */
public record Criterion(String id, String itemId, int level, int number, CriterionKind kind, Text text,
        Text illustration, List<Parameter> parameters, String note) {

    /**
     * Checks the parts and copies the parameters; {@link #builder(String)} is easier to read.
     *
     * @param id           the criterion id
     * @param itemId       the capability item
     * @param level        the level, 1 to 5
     * @param number       its number within the cell, 0 when it has none
     * @param kind         requirement or shortfall description
     * @param text         what it says, zh and en
     * @param illustration illustrations, null for none
     * @param parameters   thresholds, possibly empty
     * @param note         an editorial note, null for none
     * @throws NullPointerException when id, itemId, kind or text is null
     */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        illustration = Objects.requireNonNullElse(illustration, Text.EMPTY);
        parameters = List.copyOf(parameters);
        note = Objects.requireNonNullElse(note, "");
    }

    /**
     * Whether the criterion gates its level.
     *
     * @return true for a requirement, false for a shortfall description
     */
    public boolean isRequirement() {
        return kind == CriterionKind.REQUIREMENT;
    }

    /**
     * A threshold of the criterion by name.
     *
     * @param name the parameter's name, e.g. {@code minAvailability}
     * @return the parameter, or empty when the criterion has none of that name
     */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Starts a criterion with named steps instead of the nine-argument constructor. Required: {@link
     * Builder#item(String)}, {@link Builder#level(int)} and a text ({@link Builder#en(String)} and/or {@link
     * Builder#zh(String)}); the rest has defaults: a requirement, numbered from its id when the id ends in
     * {@code .L<level>.<n>} (else 0), no illustration, parameters or note.
     *
     * @param id the criterion id, e.g. {@code acme.6.1.1.L4.9}
     * @return a builder for that criterion
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Criterion} step by step; see {@link Criterion#builder(String)}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String itemId;
        private int level;
        private Integer number;
        private CriterionKind kind = CriterionKind.REQUIREMENT;
        private String zh = "";
        private String en = "";
        private Text illustration = Text.EMPTY;
        private final List<Parameter> parameters = new ArrayList<>();
        private String note = "";

        private Builder(String id) {
            this.id = id;
        }

        /**
         * The capability item the criterion belongs to.
         *
         * @param itemId an item id, e.g. {@code 6.1.1}
         * @return this builder
         */
        public Builder item(String itemId) {
            this.itemId = itemId;
            return this;
        }

        /**
         * The level whose cell holds the criterion.
         *
         * @param level 1 to 5
         * @return this builder
         */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /**
         * The number within the cell; by default taken from an id ending in {@code .L<level>.<n>}, else 0.
         *
         * @param number 0 or more
         * @return this builder
         */
        public Builder number(int number) {
            this.number = number;
            return this;
        }

        /**
         * Whether it is a requirement (the default) or a shortfall description.
         *
         * @param kind the kind
         * @return this builder
         */
        public Builder kind(CriterionKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The English text.
         *
         * @param en what the criterion requires, in English
         * @return this builder
         */
        public Builder en(String en) {
            this.en = en;
            return this;
        }

        /**
         * The Chinese text.
         *
         * @param zh what the criterion requires, in Chinese
         * @return this builder
         */
        public Builder zh(String zh) {
            this.zh = zh;
            return this;
        }

        /**
         * Examples that illustrate the text without being required.
         *
         * @param illustration the illustration in Chinese and English
         * @return this builder
         */
        public Builder illustration(Text illustration) {
            this.illustration = illustration;
            return this;
        }

        /**
         * Adds a threshold that the criterion's rule compares observations with; repeatable.
         *
         * @param parameter the threshold
         * @return this builder
         */
        public Builder parameter(Parameter parameter) {
            this.parameters.add(parameter);
            return this;
        }

        /**
         * An editorial note, shown with the criterion, not a requirement.
         *
         * @param note the note
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * The criterion.
         *
         * @return the criterion built from the steps given
         * @throws MaturityException naming every missing or invalid step (id, item, level, text, number, kind,
         *                           parameter), with the value and what was expected
         */
        public Criterion build() {
            List<String> problems = new ArrayList<>();
            if (id == null || id.isBlank()) {
                problems.add("id: '" + MaturityException.cut(id) + "' is not valid; expected an id such as acme.6.1.1.L4.9");
            }
            if (itemId == null || itemId.isBlank()) {
                problems.add("item: missing; expected an item id such as 6.1.1 (call .item(...))");
            }
            if (level < 1 || level > 5) {
                problems.add("level: " + level + " is not valid; expected a level from 1 to 5 (call .level(...))");
            }
            if (zh == null || en == null || (zh.isBlank() && en.isBlank())) {
                problems.add("text: missing; expected what the criterion requires in English or Chinese "
                        + "(call .en(...) or .zh(...))");
            }
            if (number != null && number < 0) {
                problems.add("number: " + number + " is not valid; expected 0 or more");
            }
            if (kind == null) {
                problems.add("kind: missing; expected REQUIREMENT or SHORTFALL");
            }
            if (illustration == null) {
                problems.add("illustration: missing; expected a text, or leave it out");
            }
            if (note == null) {
                problems.add("note: missing; expected a text, or leave it out");
            }
            if (parameters.contains(null)) {
                problems.add("parameter: missing; expected a parameter");
            }
            if (!problems.isEmpty()) {
                throw new MaturityException("criterion " + MaturityException.cut(id) + ": " + String.join("; ", problems),
                        "Maybe write it like Criterion.builder(\"acme.6.1.1.L4.9\").item(\"6.1.1\").level(4)"
                                + ".en(\"Availability is at least 99.99 %\").build()");
            }
            return new Criterion(id, itemId, level, number != null ? number : numberOf(id, level), kind,
                    new Text(zh, en), illustration, parameters, note);
        }

        private static int numberOf(String id, int level) {
            String cell = ".L" + level + ".";
            int at = id.lastIndexOf(cell);
            if (at < 0) {
                return 0;
            }
            String n = id.substring(at + cell.length());
            return n.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(n) : 0;
        }
    }
}
