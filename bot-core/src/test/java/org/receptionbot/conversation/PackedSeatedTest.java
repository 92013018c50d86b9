package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;

/**
 * Packed portions against seated diners, whatever words asked for the packing (trial 47): the breakfast board shows
 * each delegation's seated diners and packed portions apart, seated being the count less the portions; a later
 * packing of the same meal replaces the earlier; "有N个人在餐厅吃 其余打包" gives the seated part; the sender is told
 * "早餐：堂食N人，打包M份".
 */
class PackedSeatedTest {
    private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    private DelegationDiners breakfast(String delegation) {
        MealBoard board = board();
        return board.venues().stream()
                .flatMap(v -> v.delegations().stream())
                .filter(d -> d.delegation().id().equals(delegation))
                .findFirst()
                .orElseThrow();
    }

    private MealBoard board() {
        return f.core.meals.board(
                TUESDAY, f.core.event.meal("BREAKFAST").orElseThrow(), ConversationFixture.time("2026-11-23T20:00"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|北京明天早饭打包42份|0|42",
                "guangxi|早饭能不能打包52份|0|52",
                "hubei|明天早饭打包8份|52|8",
                "hunan|另外明早早餐6点半要打包8份|27|8",
                "hunan|湖南明天早饭帮忙打包十份 谢谢|25|10",
                "jiangsu|明早早饭麻烦打包 20份|14|20",
                "bingtuan|兵团明天早餐要打包25份带走|0|25"
            })
    void whateverTheWordsTheSeatedAreTheCountLessThePortions(String team, String text, int seated, int packed) {
        f.answerTo(team, "2026-11-23T19:30", text);

        assertThat(breakfast(team).packed()).as(text).isEqualTo(packed);
        assertThat(breakfast(team).seated()).as(text).isEqualTo(seated);
    }

    @Test
    void theSenderIsToldTheSeatedAndThePackedInPlainWords() {
        String answer = f.answerTo("hubei", "2026-11-23T19:30", "明天早饭打包8份");

        assertThat(answer).contains("湖北省代表团 11月24日（周二）早餐：堂食52人，打包8份");
    }

    @Test
    void aLaterPackingOfTheSameMealReplacesTheEarlier() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        String answer = f.answerTo("hunan", "2026-11-23T19:40", "明天早饭打包改成10份");

        assertThat(breakfast("hunan").packed()).isEqualTo(10);
        assertThat(breakfast("hunan").seated()).isEqualTo(25);
        assertThat(answer).contains("早餐：堂食25人，打包10份");
        assertThat(f.core.meals.packed(TUESDAY, f.core.event.meal("BREAKFAST").orElseThrow()))
                .singleElement()
                .satisfies(o -> assertThat(o.portions()).isEqualTo(10));
    }

    @Test
    void anotherDelegationsPackingIsItsOwn() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("hubei", "2026-11-23T19:31", "湖北明天早饭打包12份");

        assertThat(breakfast("hunan").packed()).isEqualTo(8);
        assertThat(breakfast("hubei").packed()).isEqualTo(12);
        assertThat(breakfast("hubei").seated()).isEqualTo(48);
    }

    @Test
    void thePackedChangedWithTheSeatedSaidBeside() {
        f.answerTo("jiangsu", "2026-11-23T19:30", "江苏明天早饭打包的改成30份 有4个人在餐厅吃");

        assertThat(breakfast("jiangsu").packed()).isEqualTo(30);
        assertThat(breakfast("jiangsu").seated()).isEqualTo(4);
    }

    @Test
    void theSeatedPartSaidAloneLeavesTheRestPacked() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭有20个人在餐厅吃 其余打包");

        assertThat(breakfast("hunan").seated()).isEqualTo(20);
        assertThat(breakfast("hunan").packed()).isEqualTo(15);
    }

    @Test
    void theBoardShowsTheSeatedAndThePackedApart() {
        f.answerTo("beijing", "2026-11-23T19:30", "北京明天早饭打包42份");
        f.answerTo("hubei", "2026-11-23T19:31", "明天早饭打包8份");

        String text = new MealBoardText(new RecordText(f.core.event)).render(board());

        assertThat(text).contains("北京市代表团 堂食0人，打包42份").contains("湖北省代表团 堂食52人，打包8份");
        assertThat(text).containsPattern("合计：堂食[0-9]+人，打包50份");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|早饭能打包吗？", "hubei|明早打包那个事跟餐厅说了吗", "guangxi|晚饭能打包带回房间吗", "jiangsu|湖北的打包早餐都领到了 7份 辛苦"})
    void talkAndQuestionsWithNoFigurePackNothing(String team, String text) {
        f.answerOrNull(team, "2026-11-23T19:30", text);

        assertThat(breakfast(team).packed()).as(text).isZero();
        assertThat(breakfast(team).seated())
                .as(text)
                .isEqualTo(breakfast(team).count().diners());
    }

    @Test
    void earlyLeaversPackedBreakfastAfterTheDayAskedStaysPacked() {
        f.answerTo("bingtuan", "2026-11-23T20:05", "兵团确认 一点半 25人 早上有8个要去赶早班机 6点就走 给他们打包8份早饭");
        f.answerTo("bingtuan", "2026-11-23T20:06", "明天");
        String answer = f.answerTo("bingtuan", "2026-11-23T20:07", "明天早上");

        assertThat(answer).contains("06:00 离开 8人").contains("早餐：堂食17人，打包8份").doesNotContain("请确认");

        assertThat(breakfast("bingtuan").packed()).isEqualTo(8);
        assertThat(breakfast("bingtuan").seated()).isEqualTo(17);
    }

    @Test
    void packedFoodNotReceivedIsFiledAsAProblem() {
        f.answerTo("bingtuan", "2026-11-23T19:30", "明天早上有8个要去赶早班机 6点就走 给他们打包8份早饭");
        String answer = f.answerTo("bingtuan", "2026-11-24T06:10", "兵团8个人已经出发去机场了 打包早饭没拿到 餐厅说没接到通知😓");

        assertThat(answer).contains("【餐饮】");
    }
}
