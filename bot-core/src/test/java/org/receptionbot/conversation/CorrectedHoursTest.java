package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.record.Departure;

/**
 * Trial 43: "不对 是7点半" right after the bot recorded a departure corrects that departure's hour (not 没能看懂); with
 * no half of the day said, the hour nearer the one corrected. Only the sender's report of the last 10 minutes, or the
 * message replied to, is corrected; otherwise the sender is told what to write.
 */
class CorrectedHoursTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|明天出发时间调整为7点|不对 是7点半|07:30|G1118",
                "beijing|明天出发时间调整为7点|不对 改成7点半|07:30|G1118",
                "shanghai|明天提前到6点半出发|说错了 应该是6点40走|06:40|G1502",
                "xinjiang|明天出发时间推迟到下午3点|错了，是4点|16:00|G1118",
                "hubei|明天早上7点走 坐G571|不对不对 是六点半|06:30|G571",
                "jilin|明天出发时间改到9点|不对 是早上8点|08:00|G571",
                "neimenggu|明天上午10点出发去车站 坐G1272|哦 写错了 是10点半出发|10:30|G1272"
            })
    void anHourCorrectedRightAfterADepartureCorrectsIt(
            String team, String report, String correction, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.say(team, "20:10", report);

        String answer = f.answerTo(team, "20:12", correction);

        assertThat(answer).as(correction).startsWith("已更正").contains(time).doesNotContain("没能看懂");
        assertThat(f.movementsOf(team))
                .as(correction)
                .singleElement()
                .isEqualTo(new Departure(team, LEAVING, LocalTime.parse(time), null, train));
    }

    @Test
    void anArrivalsHourIsCorrectedToo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.say("hunan", "10:00", "我们今天下午4点20到 35人");

        assertThat(f.answerTo("hunan", "10:03", "不对 是4点50")).startsWith("已更正").contains("16:50");
        assertThat(f.movementsOf("hunan"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(16, 50)));
    }

    @Test
    void anHourCorrectedLaterIsNotGuessedButToldWhatToWrite() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.say("beijing", "20:10", "明天出发时间调整为7点");

        String answer = f.answerTo("beijing", "20:25", "不对 是7点半");

        assertThat(answer).startsWith("未更正").contains("出发时间改为7点");
        assertThat(f.movementsOf("beijing"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(7, 0)));
    }

    @Test
    void anHourCorrectedInReplyToTheDepartureCorrectsItLaterToo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        IncomingMessage said = f.say("beijing", "20:10", "明天出发时间调整为7点");
        f.say("beijing", "20:15", "明天午饭不吃了");

        f.replyTo("beijing", "20:40", "不对 是7点半", said.messageId());

        assertThat(f.movementsOf("beijing"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(7, 30)));
    }

    @Test
    void anHourCorrectedAfterAMealReportChangesNothing() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.say("beijing", "20:10", "明天出发时间调整为7点");
        f.say("beijing", "20:11", "明天早饭30人");

        assertThat(f.answerTo("beijing", "20:12", "不对 是7点半")).startsWith("未更正");
        assertThat(f.movementsOf("beijing"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(7, 0)));
    }

    @Test
    void aFigureCorrectedIsStillAFigure() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.say("beijing", "20:10", "明天早饭30人");

        assertThat(f.answerTo("beijing", "20:11", "不对 是32人")).startsWith("已更正").contains("32");
        assertThat(f.movementsOf("beijing")).isEmpty();
    }
}
