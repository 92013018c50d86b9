package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.IssueCategory;

/**
 * Session 38: an illness given as the reason of something else. News of care already given beside the record it
 * explains ({@link CareGivenNews}: a doctor's finding, a patient pointed back at) and an ailment that is why a diet or a
 * room is asked ({@link AilingReasons}) give no HEALTH issue; a new patient, or care asked for, still do.
 */
class AilmentAsReasonTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T15:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|医生说是扭伤 今晚在医院观察 晚饭少一个",
                "hunan|那个发烧的队员医生看过了 说是病毒性感冒 明早不吃了",
                "hunan|湖南崴脚那个拍了片子没骨折 晚上少一个",
                "hunan|湖南那个受伤的队员明天上午先回长沙 G1234 一个人",
                "sichuan|医院说是急性肠胃炎 留院观察一晚 他明天早饭不吃",
                "gansu|甘肃拉伤那个医生说要静养 他和陪的一个明天下午先回兰州 G1234 两个人"
            })
    void newsOfCareGivenIsTheRecordsReason(String sender, String text) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).doesNotContain(IssueCategory.HEALTH);
        assertThat(AT.read(text, sender).records()).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|晚饭少一个 有个队员发烧了",
                "hunan|有个队员摔伤了 医生说是骨折 晚饭少一个",
                "hunan|医生说是骨折 麻烦安排个车送州医院 晚饭少一个",
                "hunan|湖南 崴了脚那位明天早饭不吃了",
                "hunan|湖南有个队员发烧了 医生说是感冒",
                "hunan|医生说是食物中毒"
            })
    void aNewPatientOrCareAskedIsStillAHealthMatter(String sender, String text) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).contains(IssueCategory.HEALTH);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州有个队员胃不舒服 明天早饭能不能给他单独煮碗粥|MEAL",
                "hunan|有两个娃儿还在拉肚子 医生说吃清淡点 晚饭能不能单独做两份清淡的|MEAL",
                "sichuan|有个运动员拉肚子 中午麻烦给他煮点白粥|MEAL",
                "qinghai|我们还没退房 能不能把一间房留到三点 有个队员不舒服要躺一会|ROOM",
                "hubei|湖北还没退房 能不能留一间房到两点 有个孩子发烧了要休息一下|ROOM"
            })
    void anAilmentThatIsWhyADietOrARoomIsAskedIsThatMatter(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).containsExactly(category);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州有个队员胃不舒服 能不能叫个医生看看 中午给他煮碗粥",
                "hunan|有个孩子发烧了 退房能不能延到两点 顺便找个医生来看看",
                "hunan|我们队有个女孩子肚子疼得厉害 有没有药",
                "sichuan|有个队员发烧了 要去医院 晚饭给他留碗粥"
            })
    void careAskedBesideTheRequestKeepsTheHealthMatter(String sender, String text) {
        assertThat(IssueCases.categories(AT, sender, text)).as(text).contains(IssueCategory.HEALTH);
    }
}
