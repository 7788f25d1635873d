package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CatalogException;

/**
 * The standard KieBase is built from the generated executable model directly (no KieServices class path
 * container): it holds the same rules as the kjar's KieBase, once per criterion, and is built once.
 */
class StandardRulesLoadingTest {
    @Test
    void theFirstCallsFromManyThreadsBuildOneKieBaseAndLeaveNoSessionOpen() throws Exception {
        // a class loader of its own, so that StandardRules is fresh: the threads really race to build it
        java.util.List<URL> urls = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            java.lang.reflect.Method kieBase = Class.forName(StandardRules.class.getName(), true, fresh)
                    .getMethod("kieBase");
            int threads = 4;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                java.util.List<java.util.concurrent.Future<Object>> got = new java.util.ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    got.add(pool.submit(() -> {
                        Thread.currentThread().setContextClassLoader(fresh); // Drools' ServiceLoader looks there
                        start.await();
                        return kieBase.invoke(null);
                    }));
                }
                Object first = got.get(0).get();
                assertTrue(first.getClass().getClassLoader() == fresh, "built in the fresh class loader");
                for (java.util.concurrent.Future<Object> f : got) {
                    assertSame(first, f.get());
                }
                Object sessions = first.getClass().getMethod("getKieSessions").invoke(first);
                assertEquals(1, ((java.util.Collection<?>) sessions).size(), "the warm-up session, idle in the pool");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void anOpenSessionIsCounted() {
        // the control for the "no session left open" checks of the api's tests
        int before = StandardRules.kieBase().getKieSessions().size();
        org.kie.api.runtime.KieSession s = StandardRules.kieBase().newKieSession();
        assertEquals(before + 1, StandardRules.kieBase().getKieSessions().size());
        s.dispose();
        assertEquals(before, StandardRules.kieBase().getKieSessions().size());
    }

    @Test
    void theModelHoldsARuleForEveryRequirementAndTheFindingsQuery() {
        Set<String> rules = names(StandardRules.kieBase());
        Set<String> expected = new TreeSet<>();
        Catalog.standard().requirements().forEach(c -> expected.add(c.id()));
        expected.add(StandardRules.FINDINGS_QUERY);
        assertEquals(expected, rules);
        assertEquals(335, rules.size());
    }

    @Test
    void theDirectlyLoadedModelEqualsTheKjarsKieBase() {
        KieBase fromContainer = KieServices.get().getKieClasspathContainer(StandardRules.class.getClassLoader())
                .getKieBase(StandardRules.KBASE);
        assertEquals(names(fromContainer), names(StandardRules.kieBase()));
    }

    @Test
    void aClassPathWithoutTheModelIsAClearError() {
        ClassLoader empty = new ClassLoader(null) {
        };
        CatalogException e = assertThrows(CatalogException.class, () -> StandardRules.model(empty));
        assertTrue(e.getMessage().contains("'" + StandardRules.MODEL_RESOURCE + "' is not on the class path"),
                e.getMessage());
        assertTrue(e.hint().startsWith("Maybe "), e.hint());
    }

    @Test
    void aModelFileNamingNoClassOrAMissingClassIsAClearError(@TempDir Path dir) throws IOException {
        CatalogException none = assertThrows(CatalogException.class,
                () -> StandardRules.model(loaderWith(dir.resolve("a"), "Drools-Model-Version:10.2.0\n")));
        assertTrue(none.getMessage().contains("names no model class"), none.getMessage());
        CatalogException missing = assertThrows(CatalogException.class,
                () -> StandardRules.model(loaderWith(dir.resolve("b"), "Drools-Model-Version:10.2.0\norg.example.NoSuchRules\n")));
        assertTrue(missing.getMessage().contains("the model class 'org.example.NoSuchRules'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("cannot be loaded"), missing.getMessage());
    }

    private static ClassLoader loaderWith(Path root, String modelFile) throws IOException {
        Path f = root.resolve(StandardRules.MODEL_RESOURCE);
        Files.createDirectories(f.getParent());
        Files.writeString(f, modelFile, StandardCharsets.UTF_8);
        return new java.net.URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static Set<String> names(KieBase kb) {
        Set<String> out = new TreeSet<>();
        for (KiePackage p : kb.getKiePackages()) {
            for (Rule r : p.getRules()) {
                out.add(r.getName());
            }
        }
        return out;
    }
}
