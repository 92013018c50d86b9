package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.command.Command.MealQuestion.Ask.NOT_REPORTED;
import static org.receptionbot.command.Command.MealQuestion.Ask.REPORTED;
import static org.receptionbot.command.Command.MealQuestion.Ask.TOTAL;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;

/** Meal and vehicle questions in plain words, read by the command parser on the reference event. */
class QueryWordsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final CommandParser parser = new CommandParser(TestEvents.reference());

    private Command parse(String text) {
        return parser.parse(text, TODAY).orElse(null);
    }

    private static Command.MealQuestion q(
            Command.MealQuestion.Ask ask, String delegation, LocalDate date, String meal) {
        return new Command.MealQuestion(ask, delegation, date, meal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"还有哪些没报", "未报餐", "哪些团还没报", "还有谁没报？", "没报的有哪些", "现在还有几个没报", "还没报的代表团", "请问还有哪些代表团没报数", "未报名单"})
    void whoHasNotReportedLeavesTheMealToTheTimeOfDay(String text) {
        assertThat(parse(text)).isEqualTo(q(NOT_REPORTED, null, null, null));
    }

    @ParameterizedTest
    @CsvSource({
        "谁还没报晚餐, , DINNER", "晚饭还有哪些没报, , DINNER", "明天早餐哪些团没报, 2026-11-23, BREAKFAST",
        "今晚还有谁没报, 2026-11-22, DINNER", "中午谁没报, , LUNCH", "都报齐了吗, , ",
        "晚饭都报了吗, , DINNER", "明早报完了没, 2026-11-23, BREAKFAST"
    })
    void whoHasNotReportedAMealNamedOrImplied(String text, LocalDate date, String meal) {
        Command c = parse(text);
        assertThat(c).isInstanceOf(Command.MealQuestion.class);
        Command.MealQuestion m = (Command.MealQuestion) c;
        assertThat(m.delegation()).isNull();
        assertThat(m.date()).isEqualTo(date);
        assertThat(m.meal()).isEqualTo(meal);
    }

    @ParameterizedTest
    @CsvSource({
        "北京报了没, 北京, , ",
        "广西晚饭报了吗, 广西, , DINNER",
        "湖南团明天午餐报了没有, 湖南, 2026-11-23, LUNCH",
        "贵州今晚报没报, 贵州, 2026-11-22, DINNER",
        "新疆兵团还没报吗, 新疆兵团, , ",
        "四川代表团早饭有没有报, 四川, , BREAKFAST",
        "我们晚饭报了吗, '', , DINNER",
        "云南中午报了吗？, 云南, , LUNCH",
        "贵州中午报46了吗, 贵州, , LUNCH",
        "我们晚饭报30个了吗, '', , DINNER",
        "湖南明天早饭报了35人没有, 湖南, 2026-11-23, BREAKFAST",
        "北京午餐报四十了吗, 北京, , LUNCH",
        "广西今晚报的28个收到了吗, 广西, 2026-11-22, DINNER",
        "四川早饭报了42个吗, 四川, , BREAKFAST",
        "我们不是报了吗？, '', , ",
        "我们晚饭不是已经报过了吗, '', , DINNER",
        "湖北中午报过了吗, 湖北, , LUNCH",
        "我们今晚报上去了没有, '', 2026-11-22, DINNER"
    })
    void whereOneDelegationStands(String text, String delegation, LocalDate date, String meal) {
        assertThat(parse(text)).isEqualTo(q(REPORTED, delegation, date, meal));
    }

    @ParameterizedTest
    @CsvSource({
        "午饭各餐厅一共多少人, , LUNCH",
        "今晚一共多少人, 2026-11-22, DINNER",
        "明天早餐总共几个人, 2026-11-23, BREAKFAST",
        "晚饭有多少人吃饭, , DINNER",
        "中午合计多少人, , LUNCH"
    })
    void aMealsTotal(String text, LocalDate date, String meal) {
        assertThat(parse(text)).isEqualTo(q(TOTAL, null, date, meal));
    }

    @ParameterizedTest
    @CsvSource({
        "各场馆午餐多少人, , LUNCH",
        "午餐各餐厅合计, , LUNCH",
        "今天中午各餐厅一共多少人, 2026-11-22, LUNCH",
        "所有餐厅晚饭总数, , DINNER",
        "明天早餐各个用餐点人数汇总, 2026-11-23, BREAKFAST",
        "九院宾馆自助餐厅午饭多少人, , LUNCH",
        "今晚各食堂合计多少人？, 2026-11-22, DINNER"
    })
    void aMealsTotalNamingVenuesInsteadOfTheBoard(String text, LocalDate date, String meal) {
        assertThat(parse(text)).isEqualTo(q(TOTAL, null, date, meal));
    }

    @ParameterizedTest
    @CsvSource({"广东的车是几号车, 广东", "湖南坐几号车, 湖南", "北京用车, 北京", "广西的司机电话, 广西", "我们的车是哪辆, ''", "贵州的车在哪, 贵州", "云南代表团的大巴是几号, 云南"
    })
    void aDelegationsVehicle(String text, String delegation) {
        assertThat(parse(text)).isEqualTo(new Command.VehicleOf(delegation));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "北京今晚30人",
                "晚饭少5人",
                "广西晚饭报了52人",
                "湖南午饭35人 还有几个没报的明天补",
                "多少人",
                "3号车几点到",
                "我们还没吃饭",
                "晚饭不吃了 已经报了",
                "一共多少人",
                "各餐厅合计",
                "各场馆午餐加5人",
                "北京",
                "广东的车坏了",
                "谁有充电器",
                "明天还没报的我来统计",
                "今晚宵夜多少人报一下",
                "不是报了30个吗 怎么还说没报",
                "晚饭已经报过了 今天不用再报了吧",
                "我们不是报了吗 怎么又少5个"
            })
    void reportsAndTalkAreNoQuestions(String text) {
        Command c = parse(text);
        assertThat(c instanceof Command.MealQuestion || c instanceof Command.VehicleOf)
                .as("%s read as %s", text, c)
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "今天离开的有几个, 2026-11-22", "明天走的有哪些团, 2026-11-23", "今天到的有几个团, 2026-11-22",
        "明天有哪些团离开, 2026-11-23", "今天有几个团到, 2026-11-22", "24号到达的有哪些代表团, 2026-11-24",
        "走的有几个团, 2026-11-22"
    })
    void whoArrivesOrLeavesOnADayIsThatDaysMovementsBoard(String text, LocalDate date) {
        assertThat(parse(text))
                .isInstanceOfSatisfying(
                        Command.Moves.class, m -> assertThat(m.date()).isEqualTo(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南明天走的有几个", "今天离开的有5个", "明天走的有哪些人要吃早饭", "明早走的有几个"})
    void aMovementQuestionAboutADelegationOrWithMoreInItIsNoBoard(String text) {
        assertThat(parse(text) instanceof Command.Moves).isFalse();
    }
}
