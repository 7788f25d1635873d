package org.opsmaturity.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/**
 * A second process for {@link ProcessesTest}: records BATCHES batches of SIZE runs of SUBJECT into STORE,
 * printing "committed N" after each, so that the test can kill it mid-way.
 */
public final class Recorder {
    private Recorder() {
    }

    public static void main(String[] args) {
        String store = args[0];
        String subject = args[1];
        int batches = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        Assessor std = Assessor.standard();
        Facts f = StoreContract.facts(subject, 99.97, true);
        Assessment a = std.evaluate(f);
        try (History h = History.open(store)) {
            for (int b = 0; b < batches; b++) {
                List<History.Entry> entries = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    entries.add(History.Entry.of(std, f, a, Instant.EPOCH.plusSeconds(b * size + i)));
                }
                h.recordAll(entries);
                System.out.println("committed " + (b + 1));
                System.out.flush();
            }
        }
    }
}
