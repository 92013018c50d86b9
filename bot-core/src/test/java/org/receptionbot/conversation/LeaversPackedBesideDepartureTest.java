package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.summary.PackedOrder;

/**
 * Trial 62: the breakfast packed for the people leaving in the morning, said in the same message as their departure
 * ("明天早上走的15个 7点的车 要打包早餐", "有15个明天早上7点坐G3218回郑州 要打包15份早饭"), is an order of their portions
 * for that morning beside the departure; a packing called off or asked about orders nothing.
 */
class LeaversPackedBesideDepartureTest {
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-25");

    private static List<PackedOrder> orders(ConversationFixture f) {
        return f.core.meals.packed(WEDNESDAY, f.core.event.meal("BREAKFAST").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|明天早上走的15个 7点的车 要打包早餐|15",
                "henan|有15个明天早上7点坐G3218回郑州 要打包15份早饭|15",
                "henan|河南射箭队今天被淘汰了 有15个明天早上7点坐G3218回郑州 要打包15份早饭|15",
                "hebei|明早先走的6个人 早饭打包|6",
                "hunan|明天一早走的8个 要打包早点|8"
            })
    void theLeaversPortionsAreOrderedBesideTheirDeparture(String team, String text, int portions) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");

        f.answerTo(team, "18:00", text);

        assertThat(orders(f)).as(text).singleElement().satisfies(o -> {
            assertThat(o.delegation()).isEqualTo(team);
            assertThat(o.portions()).isEqualTo(portions);
        });
        assertThat(f.movementsOf(team))
                .as(text)
                .anyMatch(m ->
                        m.date().equals(WEDNESDAY) && Integer.valueOf(portions).equals(m.count()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"明天早上走的15个 7点的车", "明天早上走的15个 7点的车 早饭不用打包", "明天早上走的15个 7点的车 要不要打包早餐？"})
    void noPackingOrAPackingCalledOffOrAskedOrdersNothing(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");

        f.say("henan", "18:00", text);

        assertThat(orders(f)).as(text).isEmpty();
    }
}
