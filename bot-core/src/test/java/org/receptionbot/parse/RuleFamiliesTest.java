package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;

/**
 * Each rule family with its own examples, Duckling-style, at a fixed reference day: Sunday
 * 2026-11-22 on the reference event.
 */
class RuleFamiliesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final MentionScanner SCANNER = new MentionScanner(new Lexicon(TestEvents.reference()));

    private static List<Mention> scan(String text) {
        return SCANNER.scan(Normalizer.normalize(text), SUNDAY);
    }

    private static <T extends Mention> List<T> only(String text, Class<T> kind) {
        return scan(text).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @ParameterizedTest
    @CsvSource({"35,35", "三十五,35", "两,2", "俩,2", "十二,12", "二十九,29", "一百零五,105", "两百,200", "十,10"})
    void readsArabicAndChineseNumbers(String text, int value) {
        assertThat(ChineseNumerals.value(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"３５人,35", "三十五位,35", "俩人,2", "两个人,2", "十二名,12", "28个,28"})
    void countsPeopleWithTheirUnit(String text, int value) {
        assertThat(only(text, Mention.Count.class)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(value);
            assertThat(c.unit()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({
        "今天,2026-11-22", "今日,2026-11-22", "明天,2026-11-23", "明日,2026-11-23", "后天,2026-11-24",
        "大后天,2026-11-25", "23号,2026-11-23", "23日,2026-11-23", "11月23日,2026-11-23", "11/23,2026-11-23",
        "二十五号,2026-11-25", "周六,2026-11-28", "星期六,2026-11-28", "礼拜六,2026-11-28", "周日,2026-11-22",
        "星期一,2026-11-23", "下周二,2026-11-24"
    })
    void readsDates(String text, LocalDate date) {
        assertThat(only(text, Mention.Day.class))
                .singleElement()
                .extracting(Mention.Day::date)
                .isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
        "下午3点半,15:30",
        "晚上8点,20:00",
        "3点40,15:40",
        "早上6点,06:00",
        "9点,09:00",
        "15:40,15:40",
        "八点一刻,08:00",
        "中午12点半,12:30",
        "中午1点,13:00",
        "上午10点,10:00",
        "凌晨1点,01:00",
        "晚上七点三刻,19:45",
        "下午3点40分,15:40"
    })
    void readsClockTimesInThePartOfTheDay(String text, String time) {
        String parsed = new MessageParser(TestEvents.reference())
                        .parse(
                                "湖南团明天" + text + "离开",
                                SUNDAY.atTime(9, 0)
                                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                                        .toInstant(),
                                null)
                        .records()
                        .stream()
                        .map(r -> String.valueOf(((org.receptionbot.record.Movement) r).time()))
                        .findFirst()
                        .orElseThrow();
        assertThat(parsed).isEqualTo(text.equals("八点一刻") ? "08:15" : time);
    }

    @ParameterizedTest
    @CsvSource({
        "湖南,hunan", "湖南省代表团,hunan", "湖南团,hunan", "湖南队,hunan", "湖南代表队,hunan", "新疆兵团,bingtuan",
        "新疆,xinjiang", "兵团,bingtuan", "内蒙古,neimenggu", "内蒙,neimenggu", "川队,sichuan", "龙江队,heilongjiang",
        "黑龙江省,heilongjiang"
    })
    void findsDelegationsByTheLongestName(String text, String id) {
        assertThat(only(text, Mention.Team.class))
                .singleElement()
                .extracting(Mention.Team::id)
                .isEqualTo(id);
    }

    @Test
    void aOneCharacterAliasNeedsItsSuffixAndStandsAlone() {
        assertThat(only("返京", Mention.Team.class)).isEmpty();
        assertThat(only("南京团", Mention.Team.class)).isEmpty();
        assertThat(only("京团", Mention.Team.class)).extracting(Mention.Team::id).containsExactly("beijing");
    }

    @ParameterizedTest
    @CsvSource({"3号车,3", "3车,3", "3号大巴,3", "十二号车,12", "鄂Q·A1007,7", "鄂QA1007,7"})
    void findsVehiclesByNumberOrPlate(String text, String id) {
        assertThat(only(text, Mention.Vehicle.class))
                .singleElement()
                .extracting(Mention.Vehicle::id)
                .isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "G1234,G1234",
        "g1234,G1234",
        "D2236次,D2236",
        "K1158,K1158",
        "MU5678,MU5678",
        "3U8951,3U8951",
        "CZ6102,CZ6102"
    })
    void findsTrainAndFlightNumbers(String text, String code) {
        assertThat(only(text, Mention.Transport.class))
                .singleElement()
                .extracting(Mention.Transport::code)
                .isEqualTo(code);
    }

    @Test
    void numbersInsideCodesStayThere() {
        List<Mention> mentions = scan("3号车23号乘G1234");
        assertThat(mentions).hasSize(3);
        assertThat(mentions.get(0)).isInstanceOf(Mention.Vehicle.class);
        assertThat(mentions.get(1)).isEqualTo(new Mention.Day(LocalDate.of(2026, 11, 23), 3, 6));
        assertThat(mentions.get(2)).isInstanceOf(Mention.Transport.class);
        assertThat(only("302房间", Mention.Count.class))
                .allSatisfy(c -> assertThat(c.unit()).isFalse());
        assertThat(only("20分钟", Mention.Count.class))
                .allSatisfy(c -> assertThat(c.unit()).isFalse());
    }

    @ParameterizedTest
    @CsvSource({"午餐,LUNCH", "中饭,LUNCH", "中午饭,LUNCH", "晚宴,DINNER", "夜宵,LATE_NIGHT", "早点,BREAKFAST"})
    void readsMealWords(String text, String meal) {
        assertThat(only(text, Mention.Meals.class))
                .singleElement()
                .extracting(Mention.Meals::ids)
                .isEqualTo(List.of(meal));
    }

    @Test
    void threeMealsComeInServingOrder() {
        assertThat(only("早中晚", Mention.Meals.class).get(0).ids()).containsExactly("BREAKFAST", "LUNCH", "DINNER");
        assertThat(only("一日三餐", Mention.Meals.class).get(0).ids()).containsExactly("BREAKFAST", "LUNCH", "DINNER");
        assertThat(only("早点到", Mention.Meals.class)).isEmpty();
    }
}
