package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;

/** The parser marks a movement said as happening now, so the conversation ties it to one expected. */
class SaidNowTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.withPeople(), "2026-11-22T16:25").as("hunan");

    @Test
    void peopleArrivedWithNoRecordOfTheContractAreMarked() {
        ParseOutcome o = PARSER.read("那三个人到了 坐的G1502");
        assertThat(o).isInstanceOf(ParseOutcome.NothingToRecord.class);
        assertThat(o.saidNow()).isEqualTo(new SaidNow(SaidNow.Kind.ARRIVAL, 3, false, "G1502"));
        assertThat(PARSER.read("人都到齐了").saidNow()).isEqualTo(new SaidNow(SaidNow.Kind.ARRIVAL, null, true, null));
    }

    @Test
    void anArrivalReadAsDoneIsMarked() {
        assertThat(PARSER.read("3个队员已经到酒店了").saidNow()).isEqualTo(new SaidNow(SaidNow.Kind.ARRIVAL, 3, false, null));
    }

    @Test
    void aDepartureReadAsDoneIsMarked() {
        assertThat(PARSER.read("那1个已经走了").saidNow()).isEqualTo(new SaidNow(SaidNow.Kind.DEPARTURE, 1, false, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"收到了 谢谢", "车到了吗", "3个人明天下午到", "1个队员今天下午3点走", "还没到"})
    void talkAndMovementsStillToComeAreNotMarked(String text) {
        assertThat(PARSER.read(text).saidNow()).isNull();
    }
}
