package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * The parser against its corpora, on the reference event: the shared dev corpora (version 1 and the
 * contract's version 2), the project's own cases for every rule family and trap, the once held-out
 * cases, the blind rounds (their lines the rules still fail are kept apart, reported, not failed on),
 * the visit dev corpus on the reference conference, and a negative corpus where nothing may be recorded. Records are compared as the contract's parse
 * output gives them (a coordinator's record with no delegation is given, delegation null, beside its
 * question). Besides exact records, it checks what {@code shared/corpus/score.py} counts: no silent
 * miss (a report that gives neither a correct record nor a question) and no question on talk.
 */
class CorpusTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());

    /** The parser of the event the case was written against. */
    private static ParseOutcome parse(CorpusCase c) {
        return (c.conference() ? CONFERENCE : PARSER).parse(c.text(), c.now(), c.sender());
    }

    /** The shared dev corpora, the project's own and the once held-out cases: every case exact. */
    static List<CorpusCase> exact() {
        return Corpora.cases(Corpora.exact());
    }

    /** The visit corpora, on the reference conference. */
    static List<CorpusCase> visits() {
        return Corpora.cases(Corpora.visits());
    }

    /** Lines of the blind rounds the rules still fail: kept visible, not failed on. */
    static List<CorpusCase> knownFailures() {
        return Corpora.cases(Corpora.knownFailures());
    }

    static List<CorpusCase> negative() {
        return Corpora.cases(Corpora.negative());
    }

    /** Cases that should give records, or where the bot should ask ("ask": true). */
    static List<CorpusCase> reports() {
        return exact().stream().filter(c -> !c.expected().isEmpty() || c.ask()).toList();
    }

    /** Cases with nothing to record and nothing to ask, in every corpus. */
    static List<CorpusCase> talk() {
        List<CorpusCase> all = new ArrayList<>(negative());
        all.addAll(
                exact().stream().filter(c -> c.expected().isEmpty() && !c.ask()).toList());
        return all;
    }

    @ParameterizedTest
    @MethodSource("exact")
    void readsEveryCaseExactly(CorpusCase c) {
        assertThat(CorpusCase.keys(parse(c).contractRecords())).as(c.text()).isEqualTo(c.expected());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void neverSilentOnAReport(CorpusCase c) {
        ParseOutcome outcome = parse(c);
        List<String> correct = new ArrayList<>(CorpusCase.keys(outcome.contractRecords()));
        correct.retainAll(c.expected());
        assertThat(!correct.isEmpty() || outcome instanceof ParseOutcome.Incomplete)
                .as("a correct record or a question for: " + c.text())
                .isTrue();
    }

    /** Prints each known failure with what the parser gives now; fails only if the file cannot be read. */
    @Test
    void reportsTheKnownFailures() {
        List<CorpusCase> known = knownFailures();
        int exact = 0;
        for (CorpusCase c : known) {
            ParseOutcome outcome = parse(c);
            List<String> got = CorpusCase.keys(outcome.contractRecords());
            boolean same = got.equals(c.expected());
            if (same) exact++;
            System.out.printf(
                    "known failure %s %s: expected %s, got %s%s%n",
                    c.id(),
                    same ? "(records exact)" : "",
                    c.expected(),
                    got,
                    outcome instanceof ParseOutcome.Incomplete i
                            ? ", asks " + i.gaps().size()
                            : "");
        }
        System.out.printf("known failures: %d lines, %d with exact records%n", known.size(), exact);
        assertThat(known).isNotEmpty();
    }

    /** The sports games has no routes: the same words there never give a visit record. */
    @ParameterizedTest
    @MethodSource("visits")
    void readsNoVisitOnAnEventWithoutVisits(CorpusCase c) {
        assertThat(PARSER.parse(c.text(), c.now(), c.sender()).contractRecords())
                .as(c.text())
                .noneMatch(r -> r instanceof Visit || r instanceof VisitChange);
    }

    @ParameterizedTest
    @MethodSource("talk")
    void recordsNothingOnTalk(CorpusCase c) {
        assertThat(parse(c).contractRecords()).as(c.text()).isEmpty();
    }

    /**
     * A talk line that looks enough like a report is asked about ("没能看懂"), a small price for never
     * leaving a report unanswered. These lines are the net's own examples, so the share here is lower than
     * on unseen rounds (4–7% there at first pass): 2% keeps a margin under issue 13's 5%.
     */
    @Test
    void asksAboutFewTalkLines() {
        List<CorpusCase> talk = talk();
        List<String> asked = talk.stream()
                .filter(c -> parse(c) instanceof ParseOutcome.Incomplete)
                .map(CorpusCase::text)
                .toList();
        System.out.printf("talk lines asked about: %d of %d: %s%n", asked.size(), talk.size(), asked);
        assertThat(asked.size()).isLessThan(talk.size() / 50);
    }
}
