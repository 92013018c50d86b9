package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;

/**
 * The fortieth trial's packed breakfast on the last day of the games sample: a packed meal ordered with the hour the
 * team must be off by ("明天早饭打包 20份 7点前走") is only the packed order. The seated count stays, the planned
 * departure (08:30 G1502) stands, and the answer names it and asks whether the departure changes; a departure said
 * as a change beside the packing ("明天改7点走 早饭打包20份") is recorded and the coordinators are told; an undo says
 * what was taken back and what stands.
 */
class PackedLeaveByTest {
    private static final String LAST_DAY = "2026-11-29";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|2026-11-30|明天早饭打包 20份 7点前走|7点前|08:30",
                "shanghai|2026-11-30|明天早上6点半就走 早饭打包12份|6点半|08:30",
                "beijing|2026-11-30|明早早饭打包30份 7点就走|7点|08:30",
                "jilin|2026-11-30|明天早餐打包带走15份 8点出发|8点|10:30",
                "yunnan|2026-11-30|云南明天早饭要打包25份 六点半就出发了|六点半|08:30",
                "hubei|2026-11-30|明天早饭打包 40份 我们6:40走|6:40|08:30",
                "beijing|2026-11-30|明天早饭打包42份 7点前走|7点前|08:30",
                "shanghai|2026-11-30|明天早饭打包15份 七点出发|七点|08:30"
            })
    void aPackedBreakfastWithAnHourToBeOffByIsOnlyThePackedOrder(
            String team, String day, String text, String hour, String planned) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);
        LocalDate date = LocalDate.parse(day);
        int seated = f.diners(date, "BREAKFAST", team);

        String answer = f.answerTo(team, "08:00", text);

        assertThat(answer)
                .as(text)
                .contains("【餐饮】")
                .contains("原定")
                .contains(planned)
                .doesNotContain("离开（全团）");
        assertThat(f.diners(date, "BREAKFAST", team)).as(text).isEqualTo(seated);
        assertThat(f.movementsOf(team)).as(text).isEmpty();
        assertThat(f.cateringNotices())
                .as(text)
                .singleElement()
                .asString()
                .contains("打包")
                .contains(hour);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|湖北 中午56 晚上60 明早第一批20个6点走 早饭打包20份", "shanghai|明天中午30 晚上也30 明早打包8份 有8个6点走赶早班车"})
    void aBatchsHourBesideThePackingAsksNothingOfTheWholeTeam(String team, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);

        String answer = f.answerTo(team, "08:00", text);

        assertThat(answer).as(text).contains("打包").doesNotContain("如全团", "请确认");
        assertThat(f.movementsOf(team)).as(text).noneMatch(m -> m.count() == null);
    }

    /**
     * The forty-first trial: 河北 has no departure at all; its packed breakfast moved all 36 out of three meals. A
     * departure read beside fewer portions than the team has is held for 确认, the answer saying none is on record.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hebei|明天早饭打包 20份 7点前走|7点前",
                "gansu|明早早饭打包10份 六点半就走|六点半",
                "fujian|明天早餐打包带走12份 7点出发|7点",
                "sichuan|明天早饭打包 15份 我们6:40走|6:40",
                "heilongjiang|黑龙江明天早饭要打包20份 7点就走|7点"
            })
    void aPackedBreakfastOfATeamWithNoDepartureMovesNobody(String team, String text, String hour) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);
        LocalDate date = LocalDate.parse("2026-11-30");
        int breakfast = f.diners(date, "BREAKFAST", team);
        int lunch = f.diners(date, "LUNCH", team);

        String answer = f.answerTo(team, "08:00", text);

        assertThat(answer).as(text).contains("【餐饮】").doesNotContain("离开（全团）");
        if (answer.contains("离开"))
            assertThat(answer).as(text).contains("尚无离会安排").contains("请确认");
        assertThat(f.diners(date, "BREAKFAST", team)).as(text).isEqualTo(breakfast);
        assertThat(f.diners(date, "LUNCH", team)).as(text).isEqualTo(lunch);
        assertThat(f.movementsOf(team)).as(text).isEmpty();
        assertThat(f.cateringNotices()).as(text).singleElement().asString().contains(hour);
    }

    @org.junit.jupiter.api.Test
    void theTrialsPackedBreakfastOfATeamWithNoDepartureIsHeldForConfirmation() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);

        String answer = f.answerTo("hebei", "08:00", "明天早饭打包 20份 7点前走");

        assertThat(answer).contains("尚无离会安排，本条未记录离开").contains("如全团于").contains("07:00离开，请确认");
        assertThat(f.movementsOf("hebei")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|明天早饭打包10份 走之前拿",
                "shanxi|明早打包早餐8份 他们7点前要走",
                "hubei|明早湖北早餐打包35份 7点前要出发",
                "jilin|明天早饭打包15份 七点出发"
            })
    void aPackedBreakfastWithItsPickUpSaidRecordsNoDeparture(String team, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");

        String answer = f.answerTo(team, "08:00", text);

        assertThat(answer).as(text).contains("【餐饮】").doesNotContain("离开（全团）");
        assertThat(f.movementsOf(team)).as(text).isEmpty();
        assertThat(f.cateringNotices()).as(text).hasSize(1);
    }

    @Test
    void theDepartureHeldBesidePackingIsRecordedOnConfirmationAndItsUndoSaysWhatStands() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);
        f.say("shanghai", "08:00", "明天早饭打包 20份 7点前走");

        String confirmed = f.answerTo("shanghai", "08:02", "确认");

        assertThat(confirmed).contains("07:00 离开（全团）");
        assertThat(f.movementsOf("shanghai"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(7, 0)));

        String undone = f.answerTo("shanghai", "08:03", "撤销");

        assertThat(undone)
                .contains("已撤销：上海市代表团 11月30日（周一）07:00 离开（全团）")
                .contains("撤回后离开现按原计划：上海市代表团 11月30日（周一）08:30 离开（全团），G1502");
        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|明天改7点走 早饭打包20份|07:00",
                "beijing|明天早上改成6点半走 早饭打包42份|06:30",
                "jilin|票改签了 明天早上8点走 早饭打包带走15份|08:00",
                "yunnan|明天早上改成7点走 早饭打包25份|07:00",
                "hubei|明天原定8点半走 现在改成7点走 早饭打包40份|07:00",
                "beijing|明天改成早上6点半出发 早饭打包42份|06:30",
                "yunnan|明天出发改到7点 早饭打包25份|07:00",
                "shanghai|明天提早到7点出发 早饭打包20份|07:00"
            })
    void aDepartureSaidAsAChangeBesideThePackingIsRecordedAndTheCoordinatorsAreTold(
            String team, String text, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);

        String answer = f.answerTo(team, "08:00", text);

        assertThat(answer).as(text).contains(time + " 离开（全团）").contains("【餐饮】");
        assertThat(f.movementsOf(team))
                .as(text)
                .singleElement()
                .satisfies(m -> assertThat(m).isInstanceOf(Departure.class));
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .as(text)
                .anySatisfy(r ->
                        assertThat(r.text()).contains("【离开变更】").contains("原定").contains(time));
    }

    @Test
    void undoingThePackingMessageTakesItsHeldDepartureBackToo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);
        f.say("shanghai", "08:00", "明天早饭打包 20份 7点前走");

        String undone = f.answerTo("shanghai", "08:01", "撤销");
        f.say("shanghai", "08:02", "确认");

        assertThat(undone).contains("已撤销").contains("07:00 离开（全团）”一并撤回，无需再确认");
        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @Test
    void undoingAChangedDepartureSaysThePlanStandsAgain() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY);
        f.say("shanghai", "08:00", "明天改7点走 早饭打包20份");

        String undone = f.answerTo("shanghai", "08:01", "撤销");

        assertThat(undone)
                .contains("07:00 离开（全团）")
                .contains("撤回后离开现按原计划：上海市代表团 11月30日（周一）08:30 离开（全团），G1502")
                .contains("问题#1已撤回");
    }
}
