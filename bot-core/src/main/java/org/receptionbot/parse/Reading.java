package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

/** The message being read: the event's words, when it was sent, by whom, and its text as typed. */
record Reading(Lexicon lexicon, LocalDateTime now, String sender, String original) {

    LocalDate today() {
        return now.toLocalDate();
    }

    /** The delegations a clause is about: named in it, else named before, else the sender's (maybe null). */
    List<String> who(Clause c, ClauseState state) {
        List<String> t = c.teams();
        if (!t.isEmpty()) return t;
        if (!state.teams().isEmpty()) return state.teams();
        return Collections.singletonList(sender);
    }
}
