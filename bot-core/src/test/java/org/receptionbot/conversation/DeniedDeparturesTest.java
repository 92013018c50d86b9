package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * People away and coming back are not leaving; a departure denied by the liaison or a coordinator is taken back,
 * never answered as already recorded; a departure on the day after the event is recorded. On the games sample
 * (11月18日至29日), read by the real parser.
 */
class DeniedDeparturesTest {
    private static final Event EVENT = SampleEvents.games();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(
            EVENT, (text, at, delegation, vehicle) -> parser.parse(text, at, delegation, vehicle));

    @Test
    void peopleAwayUntilTheEveningAreNoDeparture() {
        f.answerTo("hubei", "2026-11-23T08:30", "湖北 中午56 晚上也是56 有4个去市里比赛了晚上9点才回");

        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @Test
    void theLiaisonDenyingTheDepartureTakesItBack() {
        f.answerTo("hubei", "2026-11-23T08:30", "我们有4个人今晚9点走");
        assertThat(f.movementsOf("hubei")).hasSize(1);

        String answer = f.answerTo("hubei", "2026-11-23T09:00", "我们那4个人今晚9点比赛完就回来 明天正常吃饭 没有离会");

        assertThat(answer).contains("已撤销").contains("离开 4人").doesNotContain("无需重复");
        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @Test
    void aDenialWithAnExclamationTakesTheDepartureBackAndRecordsNone() {
        f.answerTo("hubei", "2026-11-23T08:30", "我们有4个人今晚9点走");

        String answer = f.answerTo("hubei", "2026-11-23T09:00", "？？我们没有离开啊 是晚上去比赛 明天还在酒店吃住的");

        assertThat(answer).contains("已撤销").doesNotContain("已记录");
        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @Test
    void aDenialWithTheLaterDayTheTeamLeavesRecordsThatDeparture() {
        String answer = f.answerTo("hubei", "2026-11-23T10:20", "我们没有离开啊 明天上午10点才走 今天晚饭还在这吃的");

        assertThat(answer).contains("离开");
        assertThat(f.movementsOf("hubei"))
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(java.time.LocalDate.parse("2026-11-24")));
    }

    @Test
    void anotherDelegationsLiaisonCannotTakeTheDepartureBack() {
        f.answerTo("hubei", "2026-11-23T08:30", "我们有4个人今晚9点走");

        f.say("hunan", "2026-11-23T09:00", "湖北那4个人没离会 取消湖北4人离会记录");

        assertThat(f.movementsOf("hubei")).hasSize(1);
    }

    @Test
    void aCoordinatorNamingTheDelegationTakesItsDepartureBack() {
        f.answerTo("hubei", "2026-11-23T08:30", "我们有4个人今晚9点走");

        String answer = f.answerTo("tian", "2026-11-23T09:00", "湖北那4个人没离会 取消湖北4人离会记录");

        assertThat(answer).contains("已撤销").doesNotContain("无需重复");
        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @Test
    void oneSomeoneGoingHomeIsOnePersonNotTheDelegation() {
        f.answerTo("guangxi", "2026-11-23T19:00", "不对 明天早饭是49 有个人今晚坐高铁先回南宁");

        assertThat(f.movementsOf("guangxi"))
                .singleElement()
                .extracting(Movement::count)
                .isEqualTo(1);
    }

    @Test
    void aDepartureOnTheDayAfterTheEventIsRecorded() {
        String answer = f.answerTo("yunnan", "2026-11-28T10:00", "我们30号上午走");

        assertThat(answer).doesNotContain("不在活动日期内");
        assertThat(f.movementsOf("yunnan")).singleElement().isInstanceOf(Departure.class);
    }
}
