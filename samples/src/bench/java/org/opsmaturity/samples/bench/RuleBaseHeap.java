package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/**
 * Retained heap of the rule base: live heap after full GCs before and after building it (and while a
 * reference to it is held), so it counts everything the build leaves reachable: the KieBase, its Rete
 * network, the generated model's objects and Drools' own caches. The catalogue and vocabulary are loaded
 * first and reported apart. Class metadata (metaspace) is not heap and is reported apart.
 *
 * <pre>java -cp ... RuleBaseHeap [classpath|model]</pre>
 */
public final class RuleBaseHeap {
    private static Object hold;

    private RuleBaseHeap() {
    }

    public static void main(String[] args) {
        String how = args.length > 0 ? args[0] : "standard";
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long empty = live(memory);
        Catalog catalog = Catalog.standard();
        StandardRules.vocabulary();
        Checks checks = Checks.of(catalog, Map.of());
        long withCatalog = live(memory);
        long metaBefore = metaspace();
        // standard: StandardRules.kieBase() (the generated model loaded directly); container: the same kjar
        // through KieServices' class path container, as before 2026-12-01
        KieBase kieBase = how.equals("container")
                ? org.kie.api.KieServices.get().getKieClasspathContainer(StandardRules.class.getClassLoader())
                        .getKieBase(StandardRules.KBASE)
                : StandardRules.kieBase();
        hold = kieBase;
        long withRules = live(memory);
        long metaAfter = metaspace();
        KieSession s = kieBase.newKieSession();
        s.setGlobal(StandardRules.CHECK_GLOBAL, checks);
        s.setGlobal(StandardRules.OUTCOMES_GLOBAL, new org.opsmaturity.rules.Outcomes());
        s.insert(org.opsmaturity.model.Observation.flag("monitoring.collection.standalone-service", true));
        s.fireAllRules();
        long withSession = live(memory);
        s.dispose();
        System.out.printf(Locale.ROOT, "rule base (%s): retained heap %.1f MB (catalogue, vocabulary and checks %.1f MB"
                + " before it; one live session with one fact +%.1f MB); metaspace +%.1f MB; %d rules%n", how,
                mb(withRules - withCatalog), mb(withCatalog - empty), mb(withSession - withRules),
                mb(metaAfter - metaBefore), kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        if (hold == null) {
            throw new AssertionError();
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static long live(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
