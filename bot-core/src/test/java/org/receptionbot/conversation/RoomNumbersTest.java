package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A room number is never a figure of diners (trial 49: "陕西午餐33人，晚餐33人，另外1206和1208房间…还没打扫" added
 * "未记录：…早餐 报餐1206人"), nor is a figure with another unit that counts no people (5楼, 20分钟, 38度5); figures of
 * people stay.
 */
class RoomNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "另外1206和1208房间早上到现在还没打扫, 另外某和某房间早上到现在还没打扫",
        "1206房没热水, 某房没热水",
        "住在306号房的空调坏了, 住在某号房的空调坏了",
        "房间1206的马桶堵了, 房间某的马桶堵了",
        "房号是2308 早上没人打扫, 房号是某 早上没人打扫",
        "1206、1208、1210房间都没换毛巾, 某、某、某房间都没换毛巾",
    })
    void aRoomNumberIsTakenOut(String said, String blanked) {
        assertThat(RoomNumbers.blank(said)).isEqualTo(blanked);
        assertThat(Numbers.read(said)).isNotEqualTo(java.util.Optional.of(1206));
    }

    @ParameterizedTest
    @CsvSource({"早上来了120人", "厨房说30人", "房间里还有3个人", "3号车 12:06到", "房间1206人", "中午报1206人", "湖南2号房车30个"})
    void otherNumbersStay(String said) {
        assertThat(RoomNumbers.blank(said)).isEqualTo(said);
    }

    @Test
    void aFigureBesideARoomNumberIsStillRead() {
        assertThat(Numbers.read("1206房间的2个人中午不吃了")).contains(2);
    }

    @Test
    void aRoomNumberBesideMealFiguresIsNoBreakfastFigure() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.answerTo("shaanxi", "09:35", "陕西午餐33人，晚餐33人，另外1206和1208房间早上到现在还没打扫 毛巾也没换");

        assertThat(answer)
                .contains("午餐 报餐33人")
                .contains("晚餐 报餐33人")
                .doesNotContain("1206人")
                .doesNotContain("未记录");
    }

    @Test
    void otherTeamsRoomsAndTimesOfDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        assertThat(f.answerTo("guizhou", "07:40", "贵州中午48 晚上48 早上2306房间没有热水"))
                .doesNotContain("2306人")
                .doesNotContain("未记录");
        assertThat(f.answerTo("hunan", "12:20", "湖南晚饭35个 中午812房有人吐了 在房间休息"))
                .doesNotContain("812人")
                .doesNotContain("未记录");
    }

    @Test
    void aServedMealsFigureWithPeopleIsStillNamed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        assertThat(f.answerTo("hubei", "12:10", "湖北中午实际来了58个")).contains("58人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"床单也没换 5楼", "就是晚了20分钟", "预计晚到二十分钟", "住在三层", "2号楼", "还有10公里", "烧到38度5", "晚了半个小时", "堵了两个多小时"})
    void aFigureOfAnotherUnitIsNoFigure(String said) {
        assertThat(Numbers.read(RoomNumbers.blank(said))).as(said).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"早饭20人,20", "中午27 晚了20分钟,27", "晚上30个 米饭多点,30", "5楼的那5个不吃,5"})
    void aFigureOfPeopleStays(String said, int figure) {
        assertThat(Numbers.read(said)).as(said).contains(figure);
    }
}
