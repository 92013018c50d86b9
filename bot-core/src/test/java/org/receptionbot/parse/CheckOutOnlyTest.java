package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;
import org.receptionbot.testing.Sources;

class CheckOutOnlyTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant MORNING = Sources.instant("2026-11-23T09:30");

    @Test
    void aCheckOutTimeWithNoWordOfLeavingIsAskedBackNotRecorded() {
        for (String text : List.of("天津明天下午1点退房", "我们后天上午十点退房", "湖南团明早8点半退房哈", "明天中午12点退房 全团", "四川周三上午9点退房，早饭照常")) {
            ParseOutcome outcome = PARSER.parse(text, MORNING, "hunan");
            assertThat(outcome.records()).as(text).noneMatch(Departure.class::isInstance);
            assertThat(outcome).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
            List<Gap> gaps = ((ParseOutcome.Incomplete) outcome).gaps();
            assertThat(gaps).as(text).anySatisfy(g -> {
                assertThat(g.missing()).isEqualTo(Gap.Field.CONFIRM);
                assertThat(g.draft()).isInstanceOf(Departure.class);
            });
        }
    }

    @Test
    void aCheckOutWithAWordOfLeavingOrATicketStaysADeparture() {
        for (String text :
                List.of("天津明天下午1点退房走", "我们后天上午十点退房 坐G1234", "湖南团明早8点半退房去高铁站", "明天中午12点退房返程", "四川周三上午9点退房离开，早饭照常")) {
            List<Record> records = PARSER.parse(text, MORNING, "hunan").records();
            assertThat(records).as(text).anyMatch(Departure.class::isInstance);
        }
    }
}
