package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A departure held for its sender's 确认 beside a packed meal ({@code PackedLeaveBy}) is listed as 待确认 on the evening's
 * 【明日安排】 as on the day's movement boards, so the coordinator sees it (trial 41); one said as a change is recorded
 * and lists nothing held.
 */
class HeldDepartureOnTheBriefingTest {
    private static final String HELD = "待确认（1条，未计入抵离安排）：";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hebei|明天早饭打包 20份 7点前走|河北省代表团 11月30日（周一）07:00 离开（全团）",
                "beijing|早饭打包15份 明天七点出发|北京市代表团 11月30日（周一）07:00 离开（全团）",
                "shanghai|明天早餐打包10份 早上7点走|上海市代表团 11月30日（周一）07:00 离开（全团）",
                "heilongjiang|明天早饭打包15份 7点出发|黑龙江省代表团 11月30日（周一）07:00 离开（全团）",
                "fujian|明天早饭打包20份 7点半前要走|福建省代表团 11月30日（周一）07:30 离开（全团）"
            })
    void theHeldDepartureIsListedOnTheBoardsAndTheBriefing(String team, String text, String line) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        assertThat(f.answerTo(team, "2026-11-29T08:00", text)).contains("请确认");

        f.briefings().evening(LocalDate.parse("2026-11-29"), ConversationFixture.time("2026-11-29T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).contains(HELD, line);
        assertThat(f.answerTo("tian", "2026-11-29T21:00", "明天动态")).contains(HELD, line);
        assertThat(f.answerTo("tian", "2026-11-30T06:30", "今日动态")).contains(HELD, line);
    }

    @Test
    void aDepartureSaidAsAChangeIsRecordedAndNothingIsHeld() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("beijing", "2026-11-29T08:00", "明天改7点走 早饭打包20份");

        f.briefings().evening(LocalDate.parse("2026-11-29"), ConversationFixture.time("2026-11-29T20:00"));

        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .doesNotContain("待确认（")
                .contains("07:00 离开 北京市代表团");
    }
}
