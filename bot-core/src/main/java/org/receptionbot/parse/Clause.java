package org.receptionbot.parse;

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
    /** The clause's cue words. */
    final ClauseCues cues;

    private final MentionsByKind byKind;

    Clause(String text, int start, int end, boolean question, List<Mention> all, List<CueTable.Hit> hits) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.mentions = MentionsByKind.within(all, start, end);
        this.byKind = new MentionsByKind(mentions);
        this.cues = new ClauseCues(text, start, end, hits);
        this.question = question || has(Cue.QUESTION);
    }

    /** Whether a word of {@code cue} is in the clause. */
    boolean has(Cue cue) {
        return cues.has(cue);
    }

    /** See {@link ClauseCues#hasOtherThan}. */
    boolean hasOtherThan(Cue cue, String word) {
        return cues.hasOtherThan(cue, word);
    }

    /** Where the cue's first word ends, or -1. */
    int endOf(Cue cue) {
        return cues.endOf(cue);
    }

    /** Where the cue word first occurs, or -1. */
    int at(Cue cue) {
        return cues.at(cue);
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

    /** Where the new plan starts, or -1 ({@link ChangeWord#at}). */
    int changeAt() {
        return ChangeWord.at(this);
    }

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

    /** The ids of the teams the clause mentions, each once, in order. */
    List<String> teams() {
        return byKind.teams();
    }

    /**
     * Whether the clause is little more than its mentions ("今天中午28人", "湖南 35"): what is left
     * once mentions and filler characters are taken out is at most one character.
     */
    boolean bare() {
        if (bare == null) bare = Filler.leftOver(this, -1, -1) <= 1;
        return bare;
    }

    /** Whether the clause is bare once the characters {@code more} are taken as filler too. */
    boolean bareWith(String more) {
        return Filler.leftOverWith(this, more) <= 1;
    }

    /** Whether the clause is bare once the first word of {@code cue} is taken out too ("西藏 照常"). */
    boolean bareBesides(Cue cue) {
        return has(cue) && leftOverBesides(cue) <= 1;
    }

    /** How many characters are left once mentions, filler and the first word of {@code cue} are taken out. */
    int leftOverBesides(Cue cue) {
        return has(cue) ? Filler.leftOver(this, at(cue), endOf(cue)) : Filler.leftOver(this, -1, -1);
    }

    /** The stretch of this clause from {@code at} on, a clause of its own. */
    Clause tail(int at) {
        return new Clause(text, at, end, question, mentions, cues.hits);
    }

    /**
     * The stretch of this clause before {@code at}, a statement of its own: a question only by its own words, the mark
     * closing the clause being the later statement's ("…MU5412回杭州 退房能不能延到1点？").
     */
    Clause statementBefore(int at) {
        return new Clause(text, start, at, false, mentions, cues.hits);
    }

    /** The stretch of this clause before {@code at}, a clause of its own. */
    Clause head(int at) {
        return new Clause(text, start, at, question, mentions, cues.hits);
    }

    /** This clause without the words of {@code cue} that start within [{@code from}, {@code to}). */
    Clause withoutCues(Cue cue, int from, int to) {
        return new Clause(text, start, end, question, mentions, cues.without(cue, from, to));
    }

    /** The characters and pairs of the stretch, for a word not there to be told with no scan; built on first use. */
    private WordBits bits;

    /** Whether {@code word} occurs inside the stretch [{@code start}, {@code end}). */
    boolean holds(String word) {
        if (bits == null) bits = new WordBits(text, start, end);
        if (!bits.maySee(word)) return false;
        char first = word.charAt(0);
        for (int i = start, last = end - word.length(); i <= last; i++)
            if (text.charAt(i) == first && text.startsWith(word, i)) return true;
        return false;
    }

    /** Whether any of {@code words} occurs inside the stretch. */
    boolean holdsAny(String... words) {
        for (String w : words) if (holds(w)) return true;
        return false;
    }

    /** The words of the clause as typed. */
    String words(String original) {
        return original.substring(start, end).strip();
    }
}
