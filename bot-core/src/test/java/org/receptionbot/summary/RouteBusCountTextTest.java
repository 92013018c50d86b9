package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Vehicle;

/** The buses of a route whose share is not known are shown against the route's total together. */
class RouteBusCountTextTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-09");
    private static final BusPlan BAISE = new BusPlan("百色线", null, List.of("1", "2"), 80);

    private static HeadcountLine line(String bus, int counted) {
        Vehicle v = new Vehicle(bus, "桂A·" + bus, "师傅", null, null, 45, List.of());
        return new HeadcountLine(v, null, counted, null, Instant.EPOCH, null, BAISE);
    }

    @Test
    void eachBusNamesTheRoutesTotalForItsBusesTogether() {
        String text = new HeadcountText().render(DAY, List.of(line("1", 40)));

        assertThat(text).contains("1号车（百色线） 实到40人（1、2号车合计应到80人）").doesNotContain("1、2号车合计：");
    }

    @Test
    void onceAllTheRoutesBusesCountedTheirSumIsComparedWithTheTotal() {
        String text = new HeadcountText().render(DAY, List.of(line("1", 40), line("2", 38)));

        assertThat(text).contains("百色线1、2号车合计：实到78人 / 应到80人 ⚠少2人");
    }

    @Test
    void busesCountedBeyondTheRoutesPeopleAreFlaggedBeforeTheLastBusCounts() {
        Vehicle last = new Vehicle("3", "桂A·3", "师傅", null, null, 45, List.of());
        BusPlan three = new BusPlan("百色线", null, List.of("1", "2", "3"), 80);
        HeadcountLine one = new HeadcountLine(line("1", 45).vehicle(), null, 45, null, Instant.EPOCH, null, three);
        HeadcountLine two = new HeadcountLine(line("2", 36).vehicle(), null, 36, null, Instant.EPOCH, null, three);

        String text = new HeadcountText().render(DAY, List.of(one, two, HeadcountLine.uncounted(last, three)));

        assertThat(text).contains("百色线：2/3辆车已清点，3号车未清点，已清点实到81人 / 应到80人 ⚠多1人");
    }

    @Test
    void busesCountedWithinTheRoutesPeopleAreNotFlaggedBeforeTheLastBusCounts() {
        Vehicle last = new Vehicle("2", "桂A·2", "师傅", null, null, 45, List.of());

        String text = new HeadcountText().render(DAY, List.of(line("1", 40), HeadcountLine.uncounted(last, BAISE)));

        assertThat(text).endsWith("百色线：1/2辆车已清点，2号车未清点").doesNotContain("⚠多");
    }
}
