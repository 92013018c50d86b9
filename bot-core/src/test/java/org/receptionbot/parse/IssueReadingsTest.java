package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.IssueCategory;

/**
 * Session 34's ISSUE families: a room fitting that does not heat said by what comes out of it ({@link HeatingFaults}),
 * pieces of clothing asked for ({@link SuppliesAsked}), thanks to whoever gave the care ({@link CareThanked}), the
 * vehicle asked after with 呢 ({@link VehicleAskedAfter}) and a lodging's report of a room's fault before whom it sent
 * ({@link LodgingFaults}); each with look-alikes that must stay as they are.
 */
class IssueReadingsTest {
    private static final ParserFixture GAMES = ParserFixture.of(TestEvents.reference(), "2026-11-24T11:00");
    private static final ParserFixture VISITS = ParserFixture.of(TestEvents.conference(), "2026-12-08T15:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|我们房间空调只吹冷风 麻烦看一下",
                "jilin|吉林1208的空调吹的都是冷风，晚上冻得睡不着",
                "anhui|安徽305空调一直吹冷风 制不了热",
                "hebei|河北几间房空调不出热风",
                "henan|我们房间的空调只有冷风没有暖风，能不能来看看",
                "shanxi|山西516热水一直出不来 洗不了澡",
                "fujian|福建这边热水器不热 麻烦来人",
                "-|5号楼：天津厅房间热水器不热，工程部已经上去了",
                "-|8号楼前台：湖北厅812房间热水器不出热水，维修师傅已经在路上了",
                "-|清江大酒店：北京团1506房间空调只吹冷风，工程部已经过去了"
            })
    void aFittingThatDoesNotHeatIsARoomIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).containsExactly(IssueCategory.ROOM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|今天空调开着挺舒服",
                "hunan|空调能吹冷风吗",
                "hunan|孩子们在门口吹冷风等车",
                "hunan|矿泉水没了 我们自己去买",
                "-|九院宾馆：江苏队有房间反映隔壁施工太吵，我们已经安排换到四楼",
                "-|5号楼：618已经派人去了 应该是热水阀被关了",
                "-|清江大酒店：北京团810房间的空调只吹冷风，工程部已经处理好了"
            })
    void coldAirTalkOrAFaultSeenToIsNoIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|河南要15件小号",
                "jiangsu|江苏还要34件 上午没领到",
                "guangxi|广西要20件大衣 谢谢",
                "yunnan|云南也要十二件冲锋衣",
                "sichuan|川队需要8件雨衣 @王姐",
                "hubei|湖北的大衣还没领 能不能先留二十件",
                "shanghai|上海这边要6件大衣 能不能直接送到508"
            })
    void piecesOfClothingAskedForAreAnOtherIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).containsExactly(IssueCategory.OTHER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"henan|河南领了15件 谢谢", "-|各队要几件报一下", "henan|还有3件行李要寄存", "hunan|大衣不要10件了 够了", "hunan|衣服发了20件 都领到了"})
    void piecesTakenOrNotWantedAreNoIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "qinghai|青海那个晕车的队员好了 谢谢王医生🙏",
                "guizhou|3楼 308 309 谢谢医生🙏",
                "hunan|云上民宿208 210 谢谢医生",
                "qinghai|青海那个拍片结果出来了 骨裂 已经打了石膏 谢谢医疗组",
                "jilin|崴脚的那个冰敷过了 辛苦队医了",
                "hebei|河北那个发烧的孩子输完液了 感谢医务室"
            })
    void careThankedForIsNoIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|谢谢医生 还有一个队员发烧了 能不能再来看一下", "hunan|有个队员发烧了 医生能来看一下吗"})
    void aHealthMatterAfterTheThanksOrWithoutThemStaysAnIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).containsExactly(IssueCategory.HEALTH);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bingtuan|兵团下楼了 车呢 说好10点半的",
                "yunnan|云南6个都在大堂了 车呢",
                "guizhou|13号车人呢？？我们在游泳馆门口",
                "hebei|河北的大巴呢 都在门口了",
                "tianjin|天津的车呢 我们没有固定车 今天怎么去赛场",
                "hunan|湖南都到大堂了 中巴呢？"
            })
    void aVehicleAskedAfterByALiaisonIsAVehicleIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).containsExactly(IssueCategory.VEHICLE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"hunan|火车呢 晚点了吗", "-|8号车呢？重庆的在哪", "hunan|车到了 谢谢师傅"})
    void aTrainOrACoordinatorsQuestionIsNoVehicleIssue(String sender, String text) {
        assertThat(IssueCases.categories(GAMES, sender, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"yunnan|云南6个都在大堂了 车呢", "jiangxi|江西这边505房间空调吹的都是冷风 调不了 麻烦来人看下"})
    void theFamiliesHoldOnTheConferenceToo(String sender, String text) {
        assertThat(IssueCases.categories(VISITS, sender, text)).hasSize(1);
    }
}
