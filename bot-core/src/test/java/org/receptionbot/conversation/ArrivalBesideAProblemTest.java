package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * An arrival said as it happens with a problem beside it ("甘肃到了 29人 有个队员崴脚了 需要去医院", trial 41 #30) is
 * recorded as the arrival alone would be (confirming the one expected, at the message's minute), and the problem filed; the answer
 * says from which meal the people count as the boards do: a lunch being served that already counts a team planned
 * before its end is that lunch, an early team not planned at it the dinner.
 */
class ArrivalBesideAProblemTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-18");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|2026-11-18T12:50|甘肃到了 29人 有个队员崴脚了 需要去医院|12:50|午餐",
                "guangdong|2026-11-18T11:40|广东37人到了，有个运动员发烧了 麻烦联系医生|11:40|午餐",
                "fujian|2026-11-18T14:05|我们到了 32人 有个队员的行李丢了 麻烦帮忙找一下|14:05|晚餐",
                "jilin|2026-11-18T12:50|吉林40人到了 有个队员崴脚了|12:50|晚餐",
                "gansu|2026-11-18T12:55|刚到了29人，一个运动员肚子疼，想看医生|12:55|午餐",
                "guangdong|2026-11-18T12:05|广东到了 37个 有个教练头晕 需要医生|12:05|午餐"
            })
    void theArrivalIsConfirmedAsAloneAndTheProblemFiled(String team, String at, String text, String time, String from) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, at, text);

        assertThat(answer).contains("已确认：", "问题#1", "自11月18日" + from + "起计入用餐");
        assertThat(f.movementsOf(team))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.parse(time)));
        assertThat(f.issue(1)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|2026-11-18T12:50|甘肃到了 29人|午餐|29",
                "guangdong|2026-11-18T11:40|广东37人到齐了|午餐|37",
                "jilin|2026-11-18T12:50|吉林到了 40人|晚餐|0",
                "fujian|2026-11-18T14:05|福建32人到了|晚餐|0"
            })
    void theAnswerNamesTheMealTheBoardsCountThemFrom(String team, String at, String text, String from, int lunch) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerTo(team, at, text)).contains("自11月18日" + from + "起计入用餐");
        assertThat(f.diners(DAY, "LUNCH", team)).isEqualTo(lunch);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shanxi|2026-11-18T13:50|山西33人已经到了，一个队员扭伤了脚需要送医院", "gansu|2026-11-18T12:50|甘肃到了 20人 有个队员崴脚了 需要去医院"
            })
    void anArrivalAskedAboutStillFilesTheProblem(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, at, text);

        assertThat(answer).contains("问题#1", "人数不同");
        assertThat(f.movementsOf(team)).isEmpty();
    }
}
