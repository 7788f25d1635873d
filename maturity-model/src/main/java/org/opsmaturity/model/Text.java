package org.opsmaturity.model;

import java.util.Objects;

/** A text in Chinese (the model's own words) and English. Empty strings, never null. */
public record Text(String zh, String en) {
    public static final Text EMPTY = new Text("", "");

    public Text {
        zh = Objects.requireNonNullElse(zh, "");
        en = Objects.requireNonNullElse(en, "");
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** The text in the given language ("zh" or "en"), falling back to the other when empty. */
    public String in(String lang) {
        if ("zh".equals(lang)) {
            return zh.isEmpty() ? en : zh;
        }
        return en.isEmpty() ? zh : en;
    }
}
