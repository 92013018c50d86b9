package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * A bus's figure said with no unit word beside a remark on who is missing or who came back is the bus's head count:
 * the bus named, else the sender's; with no bus known, which one is asked, never silence.
 */
class BusCountRemarksTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-11-24T07:50:00+08:00").toInstant();

    @ParameterizedTest
    @CsvSource({
        "实到28 还差一个云南的在上厕所, 28",
        "刚才那个回来了 29人, 29",
        "人齐了 35, 35",
        "实到三十 少了贵州的一个, 30",
        "上厕所那两个回来了 现在31, 31",
        "实到33 还差湖北的两个在买水, 33",
        "买水的那个也上车了 一共40, 40"
    })
    void aBareFigureBesideARemarkIsTheSendersBusCount(String text, int count) {
        assertThat(PARSER.parse(text, NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("4");
                    assertThat(h.count()).isEqualTo(count);
                });
    }

    @ParameterizedTest
    @CsvSource({
        "1号车 到了35 少了河南的一个, 1, 35, hubei",
        "2号车 到了33 还差湖北的两个, 2, 33, hubei",
        "5号车 实到41 差一个四川的在买烟, 5, 41, yunnan",
        "3号车刚才那个回来了 36人, 3, 36, hunan"
    })
    void aBusNamedWithItsBareFigureIsCountedWhateverTheSender(String text, String bus, int count, String team) {
        for (String sender : new String[] {null, "yunnan"}) {
            assertThat(PARSER.parse(text, NOW, sender).records())
                    .singleElement()
                    .isInstanceOfSatisfying(Headcount.class, h -> {
                        assertThat(h.vehicle()).isEqualTo(bus);
                        assertThat(h.count()).isEqualTo(count);
                        assertThat(h.delegation()).isEqualTo(team);
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"实到28 还差一个云南的在上厕所", "刚才那个回来了 29人", "人齐了 35", "实到三十 少了贵州的一个"})
    void withNoBusKnownWhichOneIsAsked(String text) {
        for (String sender : new String[] {null, "yunnan"}) {
            assertThat(PARSER.parse(text, NOW, sender))
                    .isInstanceOfSatisfying(
                            ParseOutcome.Incomplete.class,
                            i -> assertThat(i.gaps())
                                    .anySatisfy(g -> assertThat(g.missing()).isEqualTo(Gap.Field.VEHICLE)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"人齐了吗 35个都到了吗", "刚才那个回来了没有", "还差一个 等等他", "晚饭还差两个菜 28桌齐了吗"})
    void talkAboutTheBusGivesNoCount(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records()).noneMatch(Headcount.class::isInstance);
    }
}
