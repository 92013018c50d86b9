package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/** A bus liaison's head count that names no vehicle is the count of the vehicle the parser is told they ride. */
class SenderVehicleTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-11-22T09:00:00+08:00").toInstant();

    @ParameterizedTest
    @ValueSource(strings = {"实到40人", "清点完毕，实到40人", "实到 40", "上车人数40人"})
    void aFigureWithNoVehicleNamedCountsTheSendersVehicle(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("4");
                    assertThat(h.count()).isEqualTo(40);
                });
        assertThat(PARSER.parse(text, NOW, null).records()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30个 齐了 可以走了吗", "人齐了 30个 走不走", "实到30 能出发了吗", "30人到齐 现在可以发车了吗？", "齐了 30个 可以开了吗"})
    void aCountFollowedByTheQuestionWhetherToLeaveIsStillTheSendersVehiclesCount(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4"))
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.records()).singleElement().isInstanceOfSatisfying(Headcount.class, h -> {
                            assertThat(h.vehicle()).isEqualTo("4");
                            assertThat(h.count()).isEqualTo(30);
                        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2号车实到38人", "2车38"})
    void aVehicleNamedIsCountedInsteadOfTheSenders(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(
                        Headcount.class, h -> assertThat(h.vehicle()).isEqualTo("2"));
    }

    @Test
    void allAboardWithNoFigureAsksTheSendersVehiclesFigure() {
        assertThat(PARSER.parse("人齐了", NOW, null, "4"))
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).singleElement().satisfies(g -> {
                            assertThat(g.missing()).isEqualTo(Gap.Field.COUNT);
                            assertThat(((Headcount) g.draft()).vehicle()).isEqualTo("4");
                        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"刚才数错了 是36 不是38", "刚才数错了 是36", "不好意思 数漏了，实际36人", "重新数了一遍 三十六"})
    void aRecountWithNoVehicleNamedCountsTheSendersVehicleAgain(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("4");
                    assertThat(h.count()).isEqualTo(36);
                });
    }

    @Test
    void aRecountWithNoVehicleKnownAsksWhichBus() {
        assertThat(PARSER.parse("刚才数错了 是36 不是38", NOW, null))
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).singleElement().satisfies(g -> {
                            assertThat(g.missing()).isEqualTo(Gap.Field.VEHICLE);
                            assertThat(((Headcount) g.draft()).count()).isEqualTo(36);
                        }));
    }

    @Test
    void aRecountNamingAnotherVehicleCountsThatOne() {
        assertThat(PARSER.parse("刚才数错了 2号车是36 不是38", NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("2");
                    assertThat(h.count()).isEqualTo(36);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"辛苦了", "晚饭20人", "师傅马上到"})
    void talkAndMealsCountNoVehicle(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records()).noneMatch(Headcount.class::isInstance);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "刚才数错了 是34 上厕所的回来了",
                "数错了，34个，有一个去买水了",
                "刚才点错了 实到34 有个在厕所",
                "算错了 是34个 司机不算",
                "刚才数错了，34人，刚才有两个去洗手间了"
            })
    void aRecountWithWhyItChangedCountsTheSendersVehicleAgain(String text) {
        assertThat(PARSER.parse(text, NOW, null, "4").records())
                .singleElement()
                .isInstanceOfSatisfying(Headcount.class, h -> {
                    assertThat(h.vehicle()).isEqualTo("4");
                    assertThat(h.count()).isEqualTo(34);
                });
    }
}
