package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a coordinator's word that whole routes eat at their site is read, on the conference sample (visit day 12-09). */
class RouteMealWordsTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private final RouteMealWords words = new RouteMealWords(SampleEvents.conference());

    private List<String> read(String text, LocalDate today) {
        return words.read(text, today).stream()
                .map(s -> s.route().id() + " " + s.date() + " " + s.meal().id())
                .toList();
    }

    @Test
    void aRouteEatingAtItsOwnPlaceOrNotComingBackIsReadWithTheMealAndTheRoutesDay() {
        assertThat(read("北海线84人晚饭都在北海吃 不回山庄吃了", VISIT_DAY)).containsExactly("beihai 2026-12-09 DINNER");
        assertThat(read("北海线的人晚饭不回来吃", VISIT_DAY)).containsExactly("beihai 2026-12-09 DINNER");
        assertThat(read("柳州组今晚在当地用餐", VISIT_DAY)).containsExactly("liuzhou 2026-12-09 DINNER");
        assertThat(read("北海线明天晚饭在北海那边吃", VISIT_DAY.minusDays(1))).containsExactly("beihai 2026-12-09 DINNER");
    }

    @Test
    void routesSaidTogetherShareTheWordAndARouteComingBackIsLeftOut() {
        assertThat(read("通知：北海线和百色线晚饭都在当地吃，柳州线回山庄吃", VISIT_DAY))
                .containsExactly("beihai 2026-12-09 DINNER", "baise 2026-12-09 DINNER");
    }

    @Test
    void anotherDayAnotherPlaceNoMealOrADelegationNamedIsNotRead() {
        assertThat(read("北海线的人明天晚饭不回来吃", VISIT_DAY)).isEmpty();
        assertThat(read("柳州线午饭在党校吃完再出发", VISIT_DAY)).isEmpty();
        assertThat(read("百色线今晚住百色 不回山庄", VISIT_DAY)).isEmpty();
        assertThat(read("湖南北海线的3个晚饭在北海吃", VISIT_DAY)).isEmpty();
    }
}
