package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * The parser against its corpora, on the reference event: the shared dev corpus, the project's own
 * cases for every rule family and trap, the once held-out cases, and a negative corpus where nothing
 * may be recorded.
 */
class CorpusTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());

    /** The shared dev corpus, the project's own and the once held-out cases: every case exact. */
    static List<CorpusCase> exact() {
        List<CorpusCase> all = new java.util.ArrayList<>(CorpusCase.load("/parse/dev.jsonl"));
        all.addAll(CorpusCase.load("/parse/own.jsonl"));
        all.addAll(CorpusCase.load("/parse/heldout.jsonl"));
        return all;
    }

    static List<CorpusCase> negative() {
        return CorpusCase.load("/parse/negative.jsonl");
    }

    @ParameterizedTest
    @MethodSource("exact")
    void readsEveryCaseExactly(CorpusCase c) {
        assertThat(CorpusCase.keys(PARSER.parse(c.text(), c.now(), c.sender()).records()))
                .as(c.text())
                .isEqualTo(c.expected());
    }

    @ParameterizedTest
    @MethodSource("negative")
    void recordsNothingAndAsksNothingOnTalk(CorpusCase c) {
        assertThat(PARSER.parse(c.text(), c.now(), c.sender()))
                .as(c.text())
                .isInstanceOf(ParseOutcome.NothingToRecord.class);
    }
}
