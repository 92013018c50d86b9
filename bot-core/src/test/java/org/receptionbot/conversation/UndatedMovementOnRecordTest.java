package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An undated movement of people whose one movement of that direction is on record from today on takes that record's
 * day instead of asking 请问是哪一天 (real parser).
 */
class UndatedMovementOnRecordTest {
    @Test
    void theFivePointedAtTakeTheDayOfTheirRecordedDeparture() {
        for (String said : new String[] {"那5个人下午3点走 坐G1234", "那5个人改成下午3点走 G1234", "5个人下午3点的G1234走"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("shanxi", "2026-11-23T07:13", "山西 午饭28 晚饭28 明天下午有5个人先回太原");

            String answer = f.answerTo("shanxi", "2026-11-23T20:05", said);

            assertThat(answer)
                    .as(said)
                    .doesNotContain("请问是哪一天")
                    .contains("11月24日")
                    .contains("15:00")
                    .contains("G1234");
        }
    }

    @Test
    void aWholeTeamsTrainTakesTheDayOfItsOneDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("beijing", "2026-11-23T07:14", "北京全团明天上午10点走 10号车送站");

        String answer = f.answerTo("beijing", "2026-11-23T20:05", "确认 坐的G1118走");

        assertThat(answer).doesNotContain("请问是哪一天").contains("11月24日").contains("G1118");
    }

    @Test
    void withTwoDeparturesOfThosePeopleTheDayIsStillAsked() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("shanxi", "2026-11-23T07:13", "山西明天下午有5个人先走");
        f.answerTo("shanxi", "2026-11-23T07:14", "山西后天上午还有5个人走");

        assertThat(f.answerTo("shanxi", "2026-11-23T20:05", "那5个人下午3点走 坐G1234")).contains("请问是哪一天");
    }

    @Test
    void aCheckOutTimeSaidBesideTheTrainLeavesTheDeparturesTimeAsRecorded() {
        for (String said : new String[] {
            "北京 确认 坐的G1118 9点半退房", "确认 坐G1118 早上8点退房", "确认G1118 明早9点退房", "明天坐G1118 8点前退房", "北京 G1118 9:30退房"
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("beijing", "2026-11-23T07:14", "北京全团明天上午10点走 10号车送站");

            String answer = f.answerTo("beijing", "2026-11-23T20:05", said);

            assertThat(answer)
                    .as(said)
                    .doesNotContain("请问是哪一天")
                    .contains("11月24日")
                    .contains("10:00")
                    .contains("G1118")
                    .doesNotContain("09:30")
                    .doesNotContain("09:00")
                    .doesNotContain("08:00");
        }
    }

    @Test
    void aLeavingTimeSaidBesideTheCheckOutIsStillTheDeparturesTime() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("beijing", "2026-11-23T07:14", "北京全团明天上午10点走 10号车送站");

        String answer = f.answerTo("beijing", "2026-11-23T20:05", "北京明天9点半走 坐G1118 8点退房");

        assertThat(answer).contains("09:30").contains("G1118");
    }

    @Test
    void thePeoplePointedAtInNumeralsTakeTheDayOfTheirRecordedDeparture() {
        for (String said : new String[] {"那五个人下午3点走 G1234", "那五个人下午3点走 坐G1234", "这五个人下午3点的G1234"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("shanxi", "2026-11-23T07:13", "山西 午饭28 晚饭28 明天下午有5个人先回太原 其他人29号走");

            String answer = f.answerTo("shanxi", "2026-11-23T20:05", said);

            assertThat(answer)
                    .as(said)
                    .doesNotContain("请问是哪一天")
                    .doesNotContain("全团")
                    .contains("11月24日")
                    .contains("15:00")
                    .contains("5人")
                    .contains("G1234");
        }
    }
}
