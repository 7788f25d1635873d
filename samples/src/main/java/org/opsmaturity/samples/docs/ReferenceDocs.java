package org.opsmaturity.samples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.opsmaturity.model.Area;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.StandardRules;

/**
 * Generates the reference pages docs/criteria.md and docs/observations.md from the catalogue and the
 * vocabulary. Run {@code java -cp samples/target/opsmaturity.jar org.opsmaturity.samples.docs.ReferenceDocs docs};
 * a test fails when the committed pages differ from what this produces.
 */
public final class ReferenceDocs {
    private ReferenceDocs() {
    }

    /**
     * Writes criteria.md and observations.md into a folder.
     *
     * @param args the folder (default {@code docs})
     * @throws IOException if a page cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        Files.writeString(dir.resolve("criteria.md"), criteria(Catalog.standard()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("observations.md"), observations(StandardRules.vocabulary()), StandardCharsets.UTF_8);
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /**
     * The criteria reference page: every domain, area, item and criterion of a catalogue, in its order.
     *
     * @param catalog the catalogue
     * @return the page as Markdown
     */
    public static String criteria(Catalog catalog) {
        StringBuilder s = new StringBuilder();
        s.append("# Criteria reference\n\n")
                .append("Generated from the catalogue (`maturity-model/src/main/resources/org/opsmaturity/catalog/`) by\n")
                .append("`ReferenceDocs`; do not edit by hand. See [catalog.md](catalog.md) for what the columns mean.\n\n")
                .append(catalog.criteria().size()).append(" criteria, ").append(catalog.requirements().size())
                .append(" of them requirements, in ").append(catalog.items().size()).append(" items.\n");
        for (Domain d : catalog.domains()) {
            s.append("\n## ").append(d.id()).append(" ").append(d.name().zh()).append(" — ").append(d.name().en()).append('\n');
            for (Area a : d.areas()) {
                s.append("\n### ").append(a.id()).append(" ").append(a.name().zh()).append(" — ").append(a.name().en())
                        .append(" (").append(a.table()).append(")\n");
                for (Item i : a.items()) {
                    s.append("\n#### ").append(i.id()).append(" ").append(i.name().zh()).append(" — ")
                            .append(i.name().en()).append("\n\n");
                    s.append("| id | kind | 要求 (model) | requirement | illustration | thresholds |\n");
                    s.append("|---|---|---|---|---|---|\n");
                    for (LevelCell c : i.levels()) {
                        if (c.criteria().isEmpty()) {
                            s.append("| ").append(c.id()).append(" | ").append(c.kind()).append(" | ")
                                    .append(cell(c.text())).append(" | ").append(switch (c.kind()) {
                                        case NONE -> "nothing (further) required";
                                        case SAME -> "same as the level before: nothing new required";
                                        default -> "empty cell: nothing required";
                                    }).append(" | | |\n");
                            continue;
                        }
                        for (Criterion k : c.criteria()) {
                            s.append("| ").append(k.id()).append(" | ").append(k.kind()).append(" | ")
                                    .append(cell(k.text().zh())).append(" | ").append(cell(k.text().en())).append(" | ")
                                    .append(cell(k.illustration().en())).append(" | ")
                                    .append(k.parameters().stream().map(p -> p.name() + " = " + p.display()
                                            + (p.origin() == org.opsmaturity.model.Origin.ILLUSTRATION ? " (default from illustration)" : ""))
                                            .collect(Collectors.joining("; ")))
                                    .append(" |\n");
                        }
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * The observations reference page: every observation of a vocabulary with its type, unit, meaning,
     * typical source, the criteria that read it and an example.
     *
     * @param vocabulary the vocabulary
     * @return the page as Markdown
     */
    public static String observations(Vocabulary vocabulary) {
        StringBuilder s = new StringBuilder();
        s.append("# Observation vocabulary\n\n")
                .append("Generated from `maturity-rules/src/main/resources/org/opsmaturity/rules/<domain key>.tsv` by\n")
                .append("`ReferenceDocs`; do not edit by hand. See [facts.md](facts.md) for the format and the units.\n\n")
                .append(vocabulary.size()).append(" observations.\n\n");
        s.append("| name | type | unit family / words | meaning | typical source | read by | example |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        for (ObservationSpec o : vocabulary.specs()) {
            s.append("| `").append(o.name()).append("` | ").append(o.type()).append(" | ")
                    .append(o.unitFamily().isEmpty() ? cell(String.join(", ", o.words())) : o.unitFamily()).append(" | ")
                    .append(cell(o.description().en())).append(" | ").append(o.source()).append(" | ")
                    .append(String.join(", ", o.criteria())).append(" | `").append(cell(o.example())).append("` |\n");
        }
        return s.toString();
    }
}
