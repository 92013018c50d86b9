package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * "2号车实到多少" (trial 56 #82): a bus's head count asked in plain words is answered from its latest count of the day,
 * or says none is on file; a count said, or a question of the driver, stays what it was (the games sample).
 */
class VehicleCountQuestionsTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    @Test
    void theLatestCountOfTheBusIsTheAnswer() {
        f.groupHears("bus3", "06:55", "3号车实到32人");
        f.groupHears("bus3", "07:05", "不对 3号车是33人 刚才点错了");

        assertThat(f.soleAnswerTo("tian", "09:00", "3号车实到多少")).isEqualTo("3号车（湖南省代表团）实到33人 / 应到35人 ⚠少2人（bus3 07:05报）");
    }

    @Test
    void otherWordingsOfTheQuestionAreAnsweredToo() {
        f.groupHears("bus2", "06:56", "2号车实到30人");
        for (String asked : List.of("2号车实到几人", "2号车清点了多少人", "2号车上了多少人？", "2号车现在几个人", "2号车有多少人"))
            assertThat(f.soleAnswerTo("tian", "09:00", asked)).as(asked).startsWith("2号车（湖北省代表团）实到30人");
    }

    @Test
    void aBusNotCountedYetIsSaidSo() {
        assertThat(f.soleAnswerTo("tian", "09:00", "2号车实到多少")).isEqualTo("2号车11月24日（周二）还没有清点记录。");
    }

    @Test
    void aBusTheEventLacksIsSaidSo() {
        assertThat(f.soleAnswerTo("tian", "09:00", "99号车实到多少")).isEqualTo("没有99号车，请核对车号。");
    }

    @Test
    void aCountSaidIsStillAReport() {
        assertThat(f.groupHears("bus2", "06:56", "2号车实到30人")).startsWith("已记录：2号车 实到30人");
    }

    @Test
    void theDriversPhoneIsStillTheCard() {
        assertThat(f.soleAnswerTo("tian", "09:00", "2号车司机电话多少")).contains("司机：田师傅");
    }
}
