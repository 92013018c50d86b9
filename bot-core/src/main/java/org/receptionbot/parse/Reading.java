package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

/**
 * The message being read: the event's words, when it was sent, by whom, and its text as typed.
 *
 * @param vehicle the vehicle whose liaison the sender is, or null: the one counted when a clause names none
 * @param defers the sender says the figure will come later (估计…，晚点再报): a vague figure is then no question
 */
record Reading(Lexicon lexicon, LocalDateTime now, String sender, String vehicle, String original, boolean defers) {

    LocalDate today() {
        return now.toLocalDate();
    }

    /** A vague figure (十几个) in a clause with no figure: a question, unless the sender defers. */
    boolean asksFigure(Clause c) {
        return !defers && !c.all(Mention.Vague.class).isEmpty() && Figures.count(c, -1, false) == null;
    }

    /** The delegations a clause is about: named in it, else named before, else the sender's (maybe null). */
    List<String> who(Clause c, ClauseState state) {
        List<String> t = c.teams();
        if (!t.isEmpty()) return t;
        if (!state.teams().isEmpty()) return state.teams();
        return Collections.singletonList(sender);
    }
}
