package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/** "实到 …" is the actual-diners command only when it names a venue or a meal; else a head count (conference sample). */
class BusLiaisonEstimatesTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-12-09");

    @Test
    void aBusLiaisonsGuessAfterShiDaoIsAskedForTheExactCountNotRefusedAsMeals() {
        String answer = f.groupHears("bus3", "13:25", "实到 四十来个吧 还在点");

        assertThat(answer).startsWith("“四十来个”是估计数，请清点后报实数，如“3号车实到40人”。").doesNotContain("就餐");
        assertThat(f.groupHears("bus3", "13:27", "42")).startsWith("已记录：3号车 实到42人");
    }

    @Test
    void aBusLiaisonsFigureAfterShiDaoWithASpaceIsTheirBussCount() {
        assertThat(f.groupHears("bus6", "13:25", "实到 30人")).startsWith("已记录：6号车 实到30人");
    }

    @Test
    void shiDaoNamingAVenueAndAMealIsStillTheActualDinersCommand() {
        assertThat(f.groupHears("huang", "12:30", "实到 荔园山庄自助餐厅 午餐 200")).startsWith("已登记：12月9日（周三）午餐 荔园山庄自助餐厅 实到200人");
        assertThat(f.groupHears("bus3", "12:31", "实到 荔园山庄自助餐厅 午餐 200")).isEqualTo("抱歉，实际就餐人数由协调组或餐饮保障组登记。");
    }
}
