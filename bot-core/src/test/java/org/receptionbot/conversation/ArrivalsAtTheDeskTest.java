package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 60's arrivals said as they happen beside other words with 到 (the registration desk, a room card got) or the
 * bus they came by: recorded at the message's minute, as arrived, never as an arrival with its time to be settled; the
 * desk's report of several teams records each of them.
 */
class ArrivalsAtTheDeskTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|08:20|我们到了哈 5个人 在报到处排队呢|5",
                "tianjin|08:35|天津4人已到 房卡也拿到了 谢谢服务中心的老师|4",
                "xizang|11:46|西藏3人已到山庄 坐的8号车|3"
            })
    void anArrivalSaidNowIsAtTheMessagesMinute(String team, String at, String text, int people) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo(team, "2026-12-08T" + at, text);

        // the sample plans each team's arrival that day: the whole team said come confirms it at the minute
        assertThat(f.movementsOf(team)).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.time()).isEqualTo(LocalTime.parse(at));
            assertThat(a.count()).isIn(people, null);
        });
    }

    @Test
    void theDeskReportsEveryTeamItNames() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo("staff", "2026-12-08T08:20", "报到处这边 天津4位 大连3位都报到了 房卡已发");

        assertThat(f.movementsOf("tianjin")).singleElement().hasFieldOrPropertyWithValue("count", 4);
        assertThat(f.movementsOf("dalian")).singleElement().hasFieldOrPropertyWithValue("count", 3);
    }

    @Test
    void theDesksArrivalSaidNowIsAtItsMinute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo("staff", "2026-12-08T08:20", "报到处：湖北厅7人刚到，已登记领卡");

        assertThat(f.movementsOf("hubei"))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.of(8, 20)));
    }
}
