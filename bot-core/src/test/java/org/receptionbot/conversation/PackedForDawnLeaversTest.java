package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-fifth trial's packed breakfast after a part-departure at dawn, fed as a chat on the games sample: portions
 * packed for the leavers, with the meal named between the packing and its figure ("明早打包早餐10份"), are a request
 * to the caterer, not the staying team's breakfast figure.
 */
class PackedForDawnLeaversTest {
    private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

    @ParameterizedTest
    @CsvSource({
        "hunan, 10人明早6点走, 明早打包早餐10份",
        "guangxi, 我们有12个人明天早上6点半先走, 明早给他们打包早饭12份",
        "sichuan, 四川8个人明早5点40出发去机场, 明天打包早餐的8份",
        "yunnan, 云南有15人明早六点走, 明早要打包早点15份 6点前拿",
        "guizhou, 贵州明天早上6点有9个人先走, 打包早饭9份 谢谢"
    })
    void packedPortionsForTheLeaversLeaveTheStayingTeamsBreakfast(String team, String leaving, String packed) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo(team, "2026-11-23T20:00", leaving);
        Integer before = f.diners(TUESDAY, "BREAKFAST", team);

        String answer = f.answerTo(team, "2026-11-23T20:05", packed);

        assertThat(answer).contains("【餐饮】");
        assertThat(f.diners(TUESDAY, "BREAKFAST", team)).isEqualTo(before);
    }
}
