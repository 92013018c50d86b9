package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-seventh trial's packed breakfast on the games sample, as a chat: the hour said beside the packing
 * ("他们6点前要走") reaches the caterer's chat and the coordinators with the request, in any clause of the message; and
 * trial 59's packed orders (finding 7): the hour the caterer is told is the one the portions are fetched or the team sets
 * off by ("5点半就要出发", "12点半前拿"), not the flight's or the train's said before it ("8点的飞机", "1点半的车").
 */
class PackedHourTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明天早饭打包10份 他们6点前要走|6点前",
                "hubei|明早打包8份早餐 5点半出发|5点半",
                "yunnan|早饭打包6份 他们明早6:30走|6:30",
                "sichuan|明天早餐要打包12份，运动员一早就走|一早",
                "guizhou|明天早饭打包9份 7点前要带走|7点前",
                "fujian|明早早饭打包5份，6点前送到大堂|6点前"
            })
    void theHourSaidBesideAPackedMealReachesTheCaterer(String team, String text, String hour) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, "2026-11-23T19:30", text);

        assertThat(answer).contains("【餐饮】").contains(hour);
        assertThat(f.cateringNotices())
                .singleElement()
                .asString()
                .contains("打包")
                .contains(hour);
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .anySatisfy(r -> assertThat(r.text()).contains("新问题#1").contains(hour));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "heilongjiang|黑龙江明天早上8点的飞机 5点半就要出发 早饭打包31份|5点半|8点",
                "bingtuan|兵团明天1点半的车 25人 午饭来不及吃了 能不能打包25份 12点半前拿|12点半前|1点半）",
                "hunan|明天早饭打包10份 7点前要拿到|7点前|-",
                "yunnan|明早打包6份早餐 6点半就走|6点半|-"
            })
    void theHourToFetchByIsTheCaterers(String team, String text, String hour, String notHour) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.answerTo(team, "2026-11-23T19:30", text);

        assertThat(f.cateringNotices())
                .singleElement()
                .asString()
                .contains("打包")
                .contains("（" + hour);
        if (!notHour.equals("-"))
            assertThat(f.cateringNotices()).singleElement().asString().doesNotContain("（" + notHour);
    }
}
