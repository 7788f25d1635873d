package org.opsmaturity.samples.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import org.opsmaturity.model.TerminalText;

/**
 * Everything the command line prints goes through this writer: characters that act on a terminal
 * (escape sequences, other C0 and C1 controls, bidirectional overrides, a carriage return that is not
 * part of a line break, unpaired surrogates) come out escaped as {@code \u001b}, by
 * {@link TerminalText#escapeLines(String)}. Line breaks and tabs pass. JSON stays the same JSON: the
 * escapes are JSON's own.
 */
public final class TerminalWriter extends FilterWriter {
    private final StringBuilder pending = new StringBuilder(2); // a lone \r or high surrogate, until the next char

    /**
     * A writer that escapes what it passes on.
     *
     * @param out where the escaped text goes
     */
    public TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        String s = pending + str.substring(off, off + len);
        pending.setLength(0);
        int keep = 0;
        char last = s.charAt(s.length() - 1);
        if (last == '\r' || Character.isHighSurrogate(last)) {
            keep = 1; // decided by the next character
        }
        pending.append(s, s.length() - keep, s.length());
        out.write(TerminalText.escapeLines(s.substring(0, s.length() - keep)));
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() > 0) {
            out.write(TerminalText.escapeLines(pending.toString()));
            pending.setLength(0);
        }
        super.flush();
    }
}
