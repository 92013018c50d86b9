package org.receptionbot.parse;

/** Words tried in a fixed order, as the alternatives of a regular expression {@code a|b|c} are. */
final class WordList {
    private final String[] words;
    private final CharSet firsts = new CharSet("");

    WordList(String... words) {
        this.words = words.clone();
        for (String w : words) firsts.add(w.charAt(0));
    }

    /** The first word of the list that {@code text} holds at {@code at}, or null. */
    String at(String text, int at) {
        char c = text.charAt(at);
        if (!firsts.has(c)) return null;
        for (String w : words) if (w.charAt(0) == c && text.startsWith(w, at)) return w;
        return null;
    }
}
