package org.opsmaturity.model;

import java.util.Objects;

/** A text in Chinese (the model's own words) and English. Empty strings, never null. */
public record Text(String zh, String en) {
    /** No text in either language. */
    public static final Text EMPTY = new Text("", "");

    /**
     * Checks the components.
     *
     * @param zh the Chinese text, null for none
     * @param en the English text, null for none
     */
    public Text {
        zh = Objects.requireNonNullElse(zh, "");
        en = Objects.requireNonNullElse(en, "");
    }

    /**
     * Whether both languages are empty.
     *
     * @return true when there is no text
     */
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /**
     * The text in the given language, falling back to the other when empty.
     *
     * @param lang "zh" or "en"
     * @return the text
     */
    public String in(String lang) {
        if ("zh".equals(lang)) {
            return zh.isEmpty() ? en : zh;
        }
        return en.isEmpty() ? zh : en;
    }
}
