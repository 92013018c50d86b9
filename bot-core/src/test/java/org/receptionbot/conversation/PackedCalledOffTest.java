package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A packed meal called off with the whole team's meal (trial finding of session 37): the caterer's order loses the
 * portions; a packing asked after the meal was called off stands.
 */
class PackedCalledOffTest {
    private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    private java.util.List<org.receptionbot.summary.PackedOrder> breakfastOrders() {
        return f.core.meals.packed(TUESDAY, f.core.event.meal("BREAKFAST").orElseThrow());
    }

    @Test
    void theWholeMealCalledOffTakesItsPackingAlong() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("shandong", "2026-11-23T19:40", "明天早饭不吃了");

        assertThat(breakfastOrders()).isEmpty();
    }

    @Test
    void anotherTeamsCancellationLeavesTheOrder() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("hunan", "2026-11-23T19:40", "明天早饭不吃了");

        assertThat(breakfastOrders())
                .singleElement()
                .satisfies(o -> assertThat(o.portions()).isEqualTo(8));
    }

    @Test
    void aFewerDinersChangeLeavesTheOrder() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("shandong", "2026-11-23T19:40", "明天早饭少2人");

        assertThat(breakfastOrders())
                .singleElement()
                .satisfies(o -> assertThat(o.portions()).isEqualTo(8));
    }

    @Test
    void aPackingAskedAfterTheCancellationStands() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭不吃了");
        f.answerTo("shandong", "2026-11-23T19:40", "明天早饭打包8份");

        assertThat(breakfastOrders())
                .singleElement()
                .satisfies(o -> assertThat(o.portions()).isEqualTo(8));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"明天早饭打包的取消", "明天早饭不打包了", "早饭打包的不要了", "明早取消打包"})
    void thePackingCalledOffLeavesTheMealAndTakesTheOrder(String text) {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("shandong", "2026-11-23T19:40", text);

        assertThat(breakfastOrders()).as(text).isEmpty();
        assertThat(f.diners(TUESDAY, "BREAKFAST", "shandong")).as(text).isEqualTo(41);
    }

    @Test
    void theMealNotEatenBesideThePackingStaysCalledOff() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("shandong", "2026-11-23T19:40", "明天早饭不吃了 也不用打包了");

        assertThat(breakfastOrders()).isEmpty();
        assertThat(f.diners(TUESDAY, "BREAKFAST", "shandong")).isZero();
    }

    @Test
    void anotherMealsPackingCalledOffLeavesTheBreakfastOrder() {
        f.answerTo("shandong", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("shandong", "2026-11-23T19:40", "明天午饭打包的取消");

        assertThat(breakfastOrders())
                .singleElement()
                .satisfies(o -> assertThat(o.portions()).isEqualTo(8));
    }
}
