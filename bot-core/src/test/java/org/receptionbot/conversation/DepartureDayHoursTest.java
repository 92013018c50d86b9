package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Departure;

/**
 * Trial 59, the last competition day and the departure day on the games sample: a departure said with no day word is
 * not put on today when the team leaves on a day ahead and the message corrects or changes that departure, names its
 * train, or gives an hour already past; it takes that departure's day, or its day is asked. Today's meals stay.
 */
class DepartureDayHoursTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate LEAVING = TODAY.plusDays(1);

    @Test
    void aCorrectionOfTomorrowsDepartureKeepsItsDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("liaoning", "2026-11-28T07:30", "辽宁今晚闭幕式 33人全到 明天中午吃完饭再走");

        String answer = f.answerTo("liaoning", "2026-11-28T07:40", "不是中午走 是下午3点半的D2282不变 中午吃完饭再出发");

        assertThat(answer).doesNotContain("11月28日").doesNotContain("取消用餐");
        assertThat(f.movementsOf("liaoning"))
                .singleElement()
                .isEqualTo(new Departure("liaoning", LEAVING, LocalTime.of(15, 30), null, "D2282"));
        assertThat(f.diners(LEAVING, "LUNCH", "liaoning")).isEqualTo(33);
    }

    @Test
    void aDelayedFlightOfTomorrowMovesTomorrowsDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("sichuan", "2026-11-28T07:40", "四川的返程定了哈 明天下午5点20的飞机3U8882 全团48人 下午3点从酒店出发 中午还在这吃");

        String answer = f.answerTo("sichuan", "2026-11-28T20:05", "四川的航班延误了 改成晚上8点40起飞 还是3U8882 晚饭在这吃了再走 48人");

        assertThat(answer).contains("已更新为20:40").doesNotContain("11月28日（周六）20:40");
        assertThat(f.movementsOf("sichuan"))
                .singleElement()
                .isEqualTo(new Departure("sichuan", LEAVING, LocalTime.of(20, 40), 48, "3U8882"));
        assertThat(f.diners(LEAVING, "BREAKFAST", "sichuan")).isEqualTo(48);
    }

    @Test
    void anHourAlreadyPastSaidInTheEveningIsTomorrows() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("jiangsu", "2026-11-28T21:05", "江苏只有一批 11点半D2236 34人 9点半是退房的时间 不是走的时间");

        assertThat(answer).contains("11月29日").doesNotContain("11月28日");
        assertThat(f.movementsOf("jiangsu"))
                .singleElement()
                .isEqualTo(new Departure("jiangsu", LEAVING, LocalTime.of(11, 30), 34, "D2236"));
        assertThat(f.diners(LEAVING, "BREAKFAST", "jiangsu")).isEqualTo(34);
    }

    @Test
    void aDepartureTodaySaidAtAnHourAheadStaysToday() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("henan", "2026-11-28T07:40", "河南有6个教练下午先走 坐4点多的K1158");

        assertThat(answer).contains("11月28日");
    }

    @Test
    void aCheckOutHourBesideTheTrainsHourIsNoSecondDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say("jiangsu", "2026-11-28T20:05", "江苏确认 D2236 11点半 34人 上午9点半退房 早饭在酒店吃");
        f.say("jiangsu", "2026-11-28T20:30", "明天");

        assertThat(f.movementsOf("jiangsu"))
                .singleElement()
                .isEqualTo(new Departure("jiangsu", LEAVING, LocalTime.of(11, 30), 34, "D2236"));
    }
}
