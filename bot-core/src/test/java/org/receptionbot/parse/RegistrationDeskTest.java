package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * The registration desk (报到处, 报到组, 报到台) named as a place or as its staff moves no one; people said to have
 * registered (已登记领卡, 已登记入住) are people arrived, not a report someone logged.
 */
class RegistrationDeskTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T10:15");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "staff|报到组都已就位，资料袋也摆好了",
                "guangxi|今天辛苦报到处和接站的同事了 一天下来很顺利👍",
                "-|报到台这边人有点多 大家别着急",
                "hubei|报到处在一号楼大堂 进门右手边",
                "-|报到现场需要两个志愿者帮忙发资料"
            })
    void theDeskNamedIsNoArrival(String sender, String text) {
        CONFERENCE.check(text, sender).contractHasNo(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|报到处：湖北厅7人刚到，已登记领卡|hubei|7",
                "-|湖北厅7人刚到 已登记入住|hubei|7",
                "-|河北厅5人到了，已登记领证|hebei|5",
                "anhui|安徽厅5人报到了|anhui|5"
            })
    void peopleRegisteredHaveArrived(String sender, String text, String team, int count) {
        CONFERENCE.check(text, sender).contractHas(Arrival.class);
        Arrival a = (Arrival) CONFERENCE.read(text, sender).contractRecords().get(0);
        assertThat(a.delegation()).isEqualTo(team);
        assertThat(a.count()).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"好的 湖北晚餐7人 已登记", "收到 河北明早5个 已登记"})
    void aCoordinatorsEchoOfAReportStaysAnEcho(String text) {
        CONFERENCE.check(text, null).noContract();
    }
}
