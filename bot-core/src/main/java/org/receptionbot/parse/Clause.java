package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement's stretch of a message: between punctuation or line breaks. It knows its mentions and
 * cue words, and whether it was asked as a question.
 */
final class Clause {
    /** Characters that separate clauses. 、 separates only items that carry a number or a verb. */
    static final String SEPARATORS = ",，。;；!！?？\n、~～ ";

    final String text;
    final int start;
    final int end;
    final boolean question;
    final List<Mention> mentions;
    private final List<CueTable.Hit> hits;
    private static final int CUES = Cue.values().length;
    /** Where each cue's first word starts and ends in the text, by the cue's ordinal; -1 when absent. */
    private final int[] firstAt = new int[CUES];

    private final int[] firstEnd = new int[CUES];
    private final MentionsByKind byKind;

    Clause(String text, int start, int end, boolean question, List<Mention> all, List<CueTable.Hit> hits) {
        this.text = text;
        this.start = start;
        this.end = end;
        List<Mention> inside = new ArrayList<>();
        // Mentions and hits come sorted by where they start: none after the end of the clause can be inside it.
        for (int i = 0, n = all.size(); i < n; i++) {
            Mention m = all.get(i);
            if (m.start() > end) break;
            if (m.start() >= start && m.end() <= end) inside.add(m);
        }
        this.mentions = inside;
        this.hits = hits;
        this.byKind = new MentionsByKind(inside);
        java.util.Arrays.fill(firstAt, -1);
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() > end) break;
            int k = h.cue().ordinal();
            if (h.start() >= start && h.end() <= end && firstAt[k] < 0) {
                firstAt[k] = h.start();
                firstEnd[k] = h.end();
            }
        }
        this.question = question || has(Cue.QUESTION);
    }

    boolean has(Cue cue) {
        return firstAt[cue.ordinal()] >= 0;
    }

    /** Whether a word of any cue other than {@code cue} is in the clause. */
    boolean hasAnyBut(Cue cue) {
        for (int k = 0; k < CUES; k++) if (k != cue.ordinal() && firstAt[k] >= 0) return true;
        return false;
    }

    /** Whether a word of {@code cue} other than {@code word} is in the clause (退房 beside 走). */
    boolean hasOtherThan(Cue cue, String word) {
        for (CueTable.Hit h : hits) {
            if (h.start() >= end) break;
            if (h.cue() != cue || h.start() < start) continue;
            if (h.end() - h.start() != word.length() || !text.startsWith(word, h.start())) return true;
        }
        return false;
    }

    /**
     * Marks the characters of every word of {@code cue} in the clause as {@code covered} (indexed from its start), but
     * for a word right after one of {@code notAfter} or right before one of {@code notBefore}.
     */
    void cover(Cue cue, boolean[] covered, String notAfter, String notBefore) {
        for (CueTable.Hit h : hits) {
            if (h.start() >= end) break;
            if (h.cue() != cue || h.start() < start || h.end() > end) continue;
            if (h.start() > 0 && notAfter.indexOf(text.charAt(h.start() - 1)) >= 0) continue;
            if (h.end() < text.length() && notBefore.indexOf(text.charAt(h.end())) >= 0) continue;
            for (int i = h.start(); i < h.end(); i++) covered[i - start] = true;
        }
    }

    /** Where the cue's first word ends, or -1. */
    int endOf(Cue cue) {
        return has(cue) ? firstEnd[cue.ordinal()] : -1;
    }

    /** Where the cue word first occurs, or -1. */
    int at(Cue cue) {
        return firstAt[cue.ordinal()];
    }

    /** The mentions of a kind, in order; read-only. */
    <T extends Mention> List<T> all(Class<T> kind) {
        return byKind.all(kind);
    }

    /**
     * The mentions of a kind after the change word (提前到, 改为, or 现在 after 本来/原来) when there is
     * one, else all of them.
     */
    <T extends Mention> List<T> current(Class<T> kind) {
        return byKind.current(kind, this);
    }

    /**
     * Where the new plan starts: the change word, past a time missed ({@link DeniedTime}), or 现在/目前 after
     * 本来/原来 ("原来7点到 现在晚上十点半"); -1 when none.
     */
    int changeAt() {
        if (has(Cue.CHANGE)) return at(Cue.CHANGE);
        // 两点二十到不了 要三点四十: the time after the one missed.
        int missed = DeniedTime.after(this);
        if (missed > 0) return missed;
        int now = at(Cue.ONGOING);
        if (!has(Cue.PLANNED) || now < at(Cue.PLANNED)) return -1;
        return text.startsWith("现在", now) || text.startsWith("目前", now) ? now : -1;
    }

    private List<String> teams;
    private Boolean bare;
    private String span;
    private Draft.Kind movement;
    private boolean movementRead;

    /** The movement the clause names by its verb, or null ({@link MovementWords#kind}), worked out once. */
    Draft.Kind movement() {
        if (!movementRead) {
            movement = MovementWords.kind(this);
            movementRead = true;
        }
        return movement;
    }

    /** The clause's characters, {@code text.substring(start, end)}, cut once: many rules read them. */
    String span() {
        if (span == null) span = text.substring(start, end);
        return span;
    }

    List<String> teams() {
        if (teams != null) return teams;
        List<String> ids = new ArrayList<>(2);
        for (Mention.Team t : all(Mention.Team.class)) if (!ids.contains(t.id())) ids.add(t.id());
        teams = ids;
        return ids;
    }

    /**
     * Whether the clause is little more than its mentions ("今天中午28人", "湖南 35"): what is left
     * once mentions and filler characters are taken out is at most one character.
     */
    boolean bare() {
        if (bare == null) bare = leftOver(-1, -1) <= 1;
        return bare;
    }

    /** Whether the clause is bare once the characters {@code more} are taken as filler too. */
    boolean bareWith(String more) {
        boolean[] covered = Filler.covered(this);
        int left = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (!covered[i - start]
                    && Filler.CHARS.indexOf(ch) < 0
                    && more.indexOf(ch) < 0
                    && !Character.isSurrogate(ch)) left++;
        }
        return left <= 1;
    }

    /** Whether the clause is bare once the first word of {@code cue} is taken out too ("西藏 照常"). */
    boolean bareBesides(Cue cue) {
        return has(cue) && leftOverBesides(cue) <= 1;
    }

    /** How many characters are left once mentions, filler and the first word of {@code cue} are taken out. */
    int leftOverBesides(Cue cue) {
        return has(cue) ? leftOver(at(cue), firstEnd[cue.ordinal()]) : leftOver(-1, -1);
    }

    private int leftOver(int skipFrom, int skipTo) {
        boolean[] covered = Filler.covered(this);
        for (int i = Math.max(skipFrom, start); i < skipTo; i++) covered[i - start] = true;
        int left = 0;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (!covered[i - start] && Filler.CHARS.indexOf(ch) < 0 && !Character.isSurrogate(ch) && !Filler.symbol(ch))
                left++;
        }
        return left;
    }

    /** The stretch of this clause from {@code at} on, a clause of its own. */
    Clause tail(int at) {
        return new Clause(text, at, end, question, mentions, hits);
    }

    /**
     * The stretch of this clause before {@code at}, a statement of its own: a question only by its own words, the mark
     * closing the clause being the later statement's ("…MU5412回杭州 退房能不能延到1点？").
     */
    Clause statementBefore(int at) {
        return new Clause(text, start, at, false, mentions, hits);
    }

    /** The stretch of this clause before {@code at}, a clause of its own. */
    Clause head(int at) {
        return new Clause(text, start, at, question, mentions, hits);
    }

    /** This clause without the words of {@code cue} that start within [{@code from}, {@code to}). */
    Clause withoutCues(Cue cue, int from, int to) {
        List<CueTable.Hit> kept = new ArrayList<>(hits.size());
        for (CueTable.Hit h : hits) if (h.cue() != cue || h.start() < from || h.start() >= to) kept.add(h);
        return new Clause(text, start, end, question, mentions, kept);
    }

    /** The words of the clause as typed. */
    String words(String original) {
        return original.substring(start, end).strip();
    }
}
