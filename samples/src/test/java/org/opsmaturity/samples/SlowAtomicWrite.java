package org.opsmaturity.samples;

import java.nio.file.Path;
import org.opsmaturity.api.OutputFiles;

/**
 * A child process for {@link CliReliabilityTest}: writes a large file through {@link OutputFiles}, slowly,
 * so that the test can kill it ({@code kill -9}) in the middle of the write.
 */
public final class SlowAtomicWrite {
    private SlowAtomicWrite() {
    }

    public static void main(String[] args) {
        byte[] chunk = new byte[4096];
        java.util.Arrays.fill(chunk, (byte) 'n');
        OutputFiles.writeAtomically(Path.of(args[0]), out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                out.flush();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
        });
    }
}
