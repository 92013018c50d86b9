package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/** The people counted right after a departure's train or flight are who take it ("D1872三十九个人一起走"). */
class TicketFigureTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-27T15:00");

    @ParameterizedTest
    @CsvSource({
        "henan, 河南明天走的时间是上午十一点二十的动车D1872三十九个人一起走, 39, D1872",
        "jiangxi, 我们是明天下午一点五十的那个g1376二十七个人全部走, 27, G1376",
        "xinjiang, 新疆队明天上午9点40坐D5237回武汉转机，第一批20人, 20, D5237",
        "fujian, 福建明天中午12点10分的D3695 14个人 午饭不吃了, 14, D3695"
    })
    void thePeopleRightAfterTheTicketTakeIt(String sender, String text, int people, String ticket) {
        ParseOutcome read = PARSER.read(text, sender);

        assertThat(read.records())
                .as(text)
                .filteredOn(r -> r instanceof Departure)
                .singleElement()
                .isInstanceOfSatisfying(Departure.class, d -> {
                    assertThat(d.count()).isEqualTo(people);
                    assertThat(d.transport()).isEqualTo(ticket);
                });
    }

    @ParameterizedTest
    @CsvSource({"hunan, 湖南明天下午3点坐G1272走 另外7个人后天走"})
    void aFigureOfAnotherGroupIsNotTheTickets(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);

        assertThat(read.records())
                .as(text)
                .filteredOn(r -> r instanceof Departure d && d.transport() != null)
                .allSatisfy(r -> assertThat(((Departure) r).count()).isNull());
    }
}
