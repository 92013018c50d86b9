package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * No step turns a message read as a report into silence: a step after the rules that would leave nothing asks
 * instead, and a message the rules read nothing of, with no rule calling it talk, keeps the report a part of it reads
 * whatever the report odds make of the whole.
 */
class NoSilentLossTest {
    private static final MessageParser SPORTS = new MessageParser(TestEvents.reference());
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-11-18T15:20:00+08:00").toInstant();
    private static final String TEXT = "天津落地了 3点35到的 30个都齐了";

    @ParameterizedTest
    @CsvSource({
        "天津落地了 3点35到的 30个都齐了 车已经在等了 师傅很准时, tianjin, 车已经在等了 师傅很准时",
        "贵州落地了 3点半到的 28个都到齐了 接站的车已经在等了 师傅人很好, guizhou, 接站的车已经在等了 师傅人很好",
        "云南晚饭55个 车已经在等了 师傅很准时, yunnan, 车已经在等了 师傅很准时"
    })
    void aReportAPartReadsKeepsItsRecordBesideAQuestionWhenTheWholeLooksLikeTalk(
            String text, String sender, String rest) {
        ParseOutcome outcome = SPORTS.parse(text, NOW, sender);

        assertThat(outcome.records()).hasSize(1);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).singleElement().satisfies(g -> {
                            assertThat(g.missing()).isEqualTo(Gap.Field.UNCLEAR);
                            assertThat(g.statement()).isEqualTo(rest);
                        }));
    }

    @Test
    void aStepThatWithholdsEveryRecordAsksAboutTheMessage() {
        ParseOutcome read = new ParseOutcome.Understood(
                List.of(new Arrival("tianjin", LocalDate.of(2026, 11, 18), LocalTime.of(15, 35), 30, null, null)));

        ParseOutcome after = NoSilentLoss.step(read, r -> new ParseOutcome.NothingToRecord(), TEXT + " ");

        assertThat(after)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps())
                                .singleElement()
                                .satisfies(g -> assertThat(g.statement()).isEqualTo(TEXT)));
    }

    @Test
    void aStepMayLeaveTalkSilent() {
        ParseOutcome talk = new ParseOutcome.NothingToRecord();

        assertThat(NoSilentLoss.step(talk, r -> r, "好的 谢谢")).isSameAs(talk);
    }

    /** Over every corpus line: what the rules read or asked about is never silent once every later step has run. */
    @Test
    void noCorpusLineTheRulesReadOrAskedAboutEndsSilent() {
        List<Corpora> files = new ArrayList<>(Corpora.exact());
        files.addAll(Corpora.knownFailures());
        files.addAll(Corpora.negative());
        List<String> silenced = new ArrayList<>();
        for (CorpusCase c : Corpora.cases(files)) {
            MessageParser parser = c.conference() ? CONFERENCE : SPORTS;
            ParseOutcome ruled = parser.ruled(c.text(), c.now(), c.sender()).outcome();
            ParseOutcome parsed = parser.parse(c.text(), c.now(), c.sender());
            // A denied departure ("没有离会") is taken back and answered by the chat, not by a record.
            boolean denial = DeniedDepartureWords.saidIn(c.text());
            if (NoSilentLoss.readOrAsked(ruled) && parsed instanceof ParseOutcome.NothingToRecord && !denial)
                silenced.add(c.id() + " " + c.text());
        }
        assertThat(silenced).isEmpty();
    }
}
