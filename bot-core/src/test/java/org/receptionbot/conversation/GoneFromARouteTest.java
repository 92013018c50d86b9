package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Departure;

/**
 * Part of a route's group gone home already, said on the conference sample's visit day (12月9日): "江西北海线那3个里面有1个
 * 上午就回南昌了 现在2个" (a part of the day closing the clause before the last one once broke the reading) is a departure
 * and the figure said after it is the route's new plan; "有1个回南昌了", gone already, is not asked when they leave.
 */
class GoneFromARouteTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @ParameterizedTest
    @CsvSource({
        "huang, 江西北海线那3个里面有1个上午就回南昌了 现在2个, 1, 江西省住房和城乡建设厅 北海线 2人",
        "hubei, 湖北柳州线那6个里面有2个上午就回武汉了 现在4个, 2, 湖北省住房和城乡建设厅 柳州线 4人",
        "henan, 河南百色线那6个里面有1个上午就回郑州了 现在5个, 1, ''",
        "meng, 湖南柳州线那3个里面有1个上午就回长沙了 现在2个, 1, ''",
        "huang, 广东北海线那4个里面有2个早上就回广州了 现在2个, 2, 广东省住房和城乡建设厅 北海线 2人",
    })
    void partOfARouteGoneHomeEarlierInTheDayIsRecordedAndLowersTheRoute(
            String sender, String text, int gone, String route) {
        String answer = f.answerTo(sender, "2026-12-09T15:00", text);

        assertThat(answer).startsWith("已记录：").contains("离开 " + gone + "人");
        if (!route.isEmpty()) assertThat(answer).contains(route);
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .extracting(Entry::record)
                .isInstanceOfSatisfying(
                        Departure.class, d -> assertThat(d.count()).isEqualTo(gone));
    }

    @Test
    void oneSaidGoneHomeIsNotAskedWhenTheyLeave() {
        String answer = f.answerTo("jiangxi", "2026-12-09T10:00", "有1个回南昌了");

        assertThat(answer).startsWith("已记录：").doesNotContain("离开时间").doesNotContain("几点");
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .extracting(Entry::record)
                .isInstanceOfSatisfying(
                        Departure.class, d -> assertThat(d.time()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void oneGoingHomeLaterIsStillAskedWhen() {
        String answer = f.answerTo("jiangxi", "2026-12-09T10:00", "有1个要回南昌了");

        assertThat(answer).contains("离开时间");
    }
}
