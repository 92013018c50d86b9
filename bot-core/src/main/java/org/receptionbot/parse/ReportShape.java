package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a message looks like to {@link ReportOdds}, free of the event's own names: the cue words and kinds
 * of mention the parser found, whether the sender is a delegation's liaison, and the text with every
 * delegation, route, vehicle, transport and figure replaced by a sign of its kind ("湖南晚饭少5人" reads
 * "Ｄ晚饭少９人"), so that what is learnt on one event holds on another.
 */
final class ReportShape {
    private static final Cue[] CUES = Cue.values();
    /** "C:" and each cue's name, by ordinal; interned, as {@link FeatureIndex} keeps its words, to be met by identity. */
    private static final String[] CUE_TOKENS = new String[CUES.length];

    static {
        for (Cue cue : CUES) CUE_TOKENS[cue.ordinal()] = ("C:" + cue.name()).intern();
    }

    /** "M:" and a mention's kind, by its class. */
    private static final ClassValue<String> MENTION_TOKENS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return ("M:" + type.getSimpleName()).intern();
        }
    };

    /** Each token once, in the order first met (a short list: a set's hashing costs more than a scan). */
    private final List<String> tokens;

    private final String shape;

    private ReportShape(List<String> tokens, String shape) {
        this.tokens = tokens;
        this.shape = shape;
    }

    /** The shape of a message read into {@code clauses}, sent by a liaison when {@code bound}. */
    static ReportShape of(List<Clause> clauses, boolean bound) {
        if (clauses.isEmpty()) return of(clauses, bound, 0, 0);
        return of(clauses, bound, 0, clauses.get(0).text.length());
    }

    /** The shape of one statement of a message alone, as if it had been sent by itself. */
    static ReportShape of(Clause clause, boolean bound) {
        return of(List.of(clause), bound, clause.start, clause.end);
    }

    private static ReportShape of(List<Clause> clauses, boolean bound, int from, int to) {
        List<String> tokens = new ArrayList<>(16);
        tokens.add(bound ? "S1" : "S0");
        if (clauses.isEmpty()) return new ReportShape(tokens, "");
        String text = clauses.get(0).text.substring(from, to);
        char[] signs = new char[text.length()];
        for (Clause c : clauses) {
            if (c.question) add(tokens, "Q");
            for (Cue cue : CUES) if (c.has(cue)) add(tokens, CUE_TOKENS[cue.ordinal()]);
            for (Mention m : c.mentions) {
                add(tokens, token(m));
                char sign = sign(m);
                if (sign != 0)
                    for (int i = Math.max(m.start(), from); i < m.end() && i < to; i++) signs[i - from] = sign;
            }
        }
        return new ReportShape(tokens, shape(text, signs));
    }

    /** A shape as kept in the examples file: its tokens, then its text. */
    static ReportShape parse(String tokens, String shape) {
        return new ReportShape(new ArrayList<>(new LinkedHashSet<>(List.of(tokens.split(" ")))), shape);
    }

    private static void add(List<String> tokens, String token) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).equals(token)) return;
        tokens.add(token);
    }

    /** The tokens, space-separated, as the examples file keeps them. */
    String tokens() {
        return String.join(" ", tokens);
    }

    String shape() {
        return shape;
    }

    /** The tokens, each once, in their order; read-only. */
    List<String> tokenList() {
        return java.util.Collections.unmodifiableList(tokens);
    }

    /** Every feature: the tokens, and the characters of the shape and their pairs, with its ends marked. */
    Set<String> features() {
        Set<String> f = new LinkedHashSet<>(tokens);
        String s = "^" + shape + "$";
        for (int i = 0; i < s.length(); i++) {
            f.add(s.substring(i, i + 1));
            if (i + 1 < s.length()) f.add(s.substring(i, i + 2));
        }
        return f;
    }

    private static String token(Mention m) {
        if (m instanceof Mention.Count n) return n.unit() ? "M:Count+" : "M:Count";
        return MENTION_TOKENS.get(m.getClass());
    }

    /** The sign a mention's characters are replaced by, or 0 to keep its words (meals, days, parts of the day). */
    private static char sign(Mention m) {
        if (m instanceof Mention.Team) return 'Ｄ';
        if (m instanceof Mention.Route) return 'Ｒ';
        if (m instanceof Mention.Vehicle) return 'Ｖ';
        if (m instanceof Mention.Transport) return 'Ｔ';
        if (m instanceof Mention.Count) return '９';
        return 0;
    }

    /** The text with signed spans as one sign each, other digits as 9, Latin letters as A, spaces as one. */
    private static String shape(String text, char[] signs) {
        StringBuilder s = new StringBuilder(text.length());
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = signs[i] != 0 ? signs[i] : text.charAt(i);
            if (signs[i] == 0) {
                if (c >= '0' && c <= '9') c = '9';
                else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') c = 'A';
                else if (Character.isWhitespace(c)) c = ' ';
            }
            // A run of one sign, digit, letter or space is one character.
            boolean run = c == last && (c == ' ' || c == '9' || c == 'A' || signs[i] != 0);
            if (!run) s.append(c);
            last = c;
        }
        return s.toString().strip();
    }
}
