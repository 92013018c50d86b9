package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Departure;

class CheckOutAsksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Departure TOMORROW_AT_ONE =
            new Departure("tianjin", TODAY.plusDays(1), LocalTime.of(13, 0), null, null);
    private static final Gap GAP = new Gap(Gap.Field.CONFIRM, TOMORROW_AT_ONE, "天津明天下午1点退房");

    @Test
    void theQuestionNamesTheDayAndTheTimeOfTheCheckOut() {
        assertThat(CheckOutAsks.question(GAP, TODAY)).isEqualTo("是指明天13:00离会吗？");
        assertThat(CheckOutAsks.question(GAP, TODAY.plusDays(1))).isEqualTo("是指今天13:00离会吗？");
    }

    @Test
    void aYesRecordsTheDepartureAndANoRecordsNothing() {
        assertThat(CheckOutAsks.reply(GAP, "是的")).contains(java.util.List.of(TOMORROW_AT_ONE));
        assertThat(CheckOutAsks.reply(GAP, "不是")).contains(java.util.List.of());
        assertThat(CheckOutAsks.reply(GAP, "晚饭30人")).isEmpty();
    }

    @Test
    void aNoThatOpensALongerReplyIsANoWithTheRestApart() {
        assertThat(CheckOutAsks.reply(GAP, "不是 换到九院宾馆住")).contains(java.util.List.of());
        assertThat(CheckOutAsks.afterNo("不是 换到九院宾馆住")).isEqualTo("换到九院宾馆住");
        assertThat(CheckOutAsks.afterNo("不是的，只是换个房间")).isEqualTo("只是换个房间");
        assertThat(CheckOutAsks.afterNo("不走，行李先放前台")).isEqualTo("行李先放前台");
        assertThat(CheckOutAsks.afterNo("没有 我们搬去土家山寨那边")).isEqualTo("我们搬去土家山寨那边");
        assertThat(CheckOutAsks.afterNo("不是。")).isEmpty();
    }

    @Test
    void aNoFollowedByAnotherDayOrTimeOrLeavingIsNoPlainNo() {
        assertThat(CheckOutAsks.reply(GAP, "不是 后天中午走")).isEmpty();
        assertThat(CheckOutAsks.reply(GAP, "不是，是下午3点")).isEmpty();
        assertThat(CheckOutAsks.reply(GAP, "不是明天")).isEmpty();
        assertThat(CheckOutAsks.reply(GAP, "不知道 问问领队")).isEmpty();
    }
}
