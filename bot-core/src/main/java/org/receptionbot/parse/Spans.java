package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions found so far in one message and the characters they cover: a later rule family reads
 * only characters no earlier one took.
 */
final class Spans {
    final String text;
    private final boolean[] taken;
    final List<Mention> found = new ArrayList<>();

    Spans(String text) {
        this.text = text;
        this.taken = new boolean[text.length() + 1];
    }

    boolean taken(int at) {
        return taken[at];
    }

    boolean free(int start, int end) {
        if (end > text.length()) return false;
        for (int i = start; i < end; i++) if (taken[i]) return false;
        return true;
    }

    void add(Mention m) {
        found.add(m);
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
    }

    /** Puts {@code m} in place of the mention at {@code index}, taking the characters it covers. */
    void replace(int index, Mention m) {
        found.set(index, m);
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
    }

    /** Each match of {@code p} on free characters, read into a mention (null: none). */
    void find(Pattern p, Function<Matcher, Mention> read) {
        findAll(p, (m, out) -> {
            Mention x = read.apply(m);
            if (x != null) out.add(x);
        });
    }

    /** Each match of {@code p} on free characters, read into any number of mentions. */
    void findAll(Pattern p, BiConsumer<Matcher, List<Mention>> read) {
        Matcher m = p.matcher(text);
        List<Mention> out = new ArrayList<>(2);
        while (m.find()) {
            if (!free(m.start(), m.end())) continue;
            out.clear();
            read.accept(m, out);
            for (Mention x : out) add(x);
        }
    }

    /**
     * What {@link #find} finds, for an expression each of whose matches holds one of the characters
     * {@code anchors} at most {@code back} characters after its start: a match is tried only at the places
     * at most {@code back} characters before such a character, never at the places that could start no match
     * (the bounds are transparent and not anchoring, so each try sees the whole text as {@code find} does).
     */
    void findNear(Pattern p, String anchors, int back, Function<Matcher, Mention> read) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length()) {
            int anchor = nextOf(anchors, from);
            if (anchor < 0) return;
            int at = Math.max(from, anchor - back);
            boolean found = false;
            for (; at <= anchor && !found; at++)
                found = m.region(at, text.length()).lookingAt();
            if (!found) {
                from = anchor + 1;
                continue;
            }
            if (free(m.start(), m.end())) {
                Mention x = read.apply(m);
                if (x != null) add(x);
            }
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
    }

    /** The first place at or after {@code from} holding one of {@code chars}, or -1. */
    private int nextOf(String chars, int from) {
        for (int i = from; i < text.length(); i++) if (chars.indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }

    /** Reads one word found at a span into mentions. */
    interface WordReader {
        void read(String word, int start, int end, List<Mention> out);
    }

    /**
     * Each occurrence of one of {@code words}, as a regular expression {@code a|b|c} finds them: from left
     * to right, at each place the first word of the list that is there, going on after its end.
     */
    void findWords(WordList words, WordReader read) {
        List<Mention> out = new ArrayList<>(2);
        int i = 0;
        while (i < text.length()) {
            String word = words.at(text, i);
            if (word == null) {
                i++;
                continue;
            }
            int end = i + word.length();
            if (free(i, end)) {
                out.clear();
                read.read(word, i, end, out);
                for (Mention x : out) add(x);
            }
            i = end;
        }
    }

    /** Whether the text holds any of the characters: a rule family runs only when its anchors are there. */
    static boolean contains(String text, String anyOf) {
        for (int i = 0; i < anyOf.length(); i++) if (text.indexOf(anyOf.charAt(i)) >= 0) return true;
        return false;
    }

    static boolean anyOf(String text, char from, char to) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= from && c <= to) return true;
        }
        return false;
    }
}
