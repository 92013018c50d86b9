package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * 改一下 said after what it changes, then 是 and the time or figure meant ("上午10点发车，改一下 是10点05"): the later one
 * is read, as after 不对; 改一下 with no figure or time after 是, or asked, changes nothing read.
 */
class ChangeSaidAfterTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T20:03");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T09:00");

    @ParameterizedTest
    @CsvSource({
        "'云南厅明天坐D3961回昆明，上午10点发车，改一下 是10点05，早餐6人', 10:05",
        "'云南厅明天上午10点走，改一下，是10点半', 10:30",
        "'云南厅明天早上8点的D3961走，改一下是8点40', 08:40",
        "'云南厅明天下午3点到 改下 是4点20', 16:20"
    })
    void theTimeSaidAfterIsTheMovements(String text, String time) {
        List<Record> records = PARSER.read(text, "yunnan").records();

        assertThat(records).as(text).filteredOn(Movement.class::isInstance).hasSize(1);
        Movement m = (Movement)
                records.stream().filter(Movement.class::isInstance).findFirst().orElseThrow();
        assertThat(m.time()).as(text).hasToString(time);
    }

    @ParameterizedTest
    @CsvSource({"'湖北晚饭30人 改一下 是32人', 32", "'湖北晚饭30人，改下，是二十八个', 28"})
    void theFigureSaidAfterIsTheMeals(String text, int count) {
        List<Record> records = SPORTS.read(text, "hubei").records();

        assertThat(records).as(text).singleElement().isInstanceOf(MealCount.class);
        assertThat(((MealCount) records.get(0)).count()).isEqualTo(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3号车覃师傅导航设成北海银滩了😂 改一下 是北海市住建局", "云南厅明天10点走 能改一下吗 是10点05吗"})
    void noTimeOrFigureMeantIsNoCorrection(String text) {
        List<Record> records = PARSER.read(text, "yunnan").records();

        assertThat(records).as(text).noneMatch(r -> r instanceof Departure d && d.time() != null);
    }

    @ParameterizedTest
    @CsvSource({"'吉林改一下，早餐是40，接龙写成38了', 40"})
    void aChangeAnnouncedAtTheLinesStartStaysAnAnnouncement(String text, int count) {
        List<Record> records = SPORTS.read(text, "jilin").records();

        assertThat(records).as(text).singleElement().isInstanceOf(MealCount.class);
        assertThat(((MealCount) records.get(0)).count()).isEqualTo(count);
    }
}
