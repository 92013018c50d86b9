package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;

/** A vehicle's driver, phone or plate asked for or requested in words, alone or as one clause of a longer message. */
class VehicleRequestsTest {
    private final VehicleRequests conference = new VehicleRequests(TestEvents.conference());
    private final VehicleRequests games = new VehicleRequests(TestEvents.reference());

    @ParameterizedTest
    @CsvSource({
        "1号车司机电话发我一下, 1",
        "3号车师傅电话多少, 3",
        "3号车车牌多少, 3",
        "把2号车的车牌发一下, 2",
        "麻烦把5号车师傅的电话发一下, 5",
        "请问7号车车牌号是多少？, 7",
        "10号车司机电话和车牌发给我, 10",
        "4号大巴司机手机号码告诉我一下, 4",
        "6号车的联系方式发群里吧, 6"
    })
    void aBusesDriverPhoneOrPlateRequestedIsItsCard(String text, String bus) {
        assertThat(games.read(text)).isEqualTo(new Command.Car(bus));
    }

    @ParameterizedTest
    @CsvSource({"北海线的车牌号发一下, 北海线", "北海线司机电话发我, 北海线", "百色线的车是哪几辆, 百色线", "柳州的车牌和司机电话发一下, 柳州", "南宁线的车牌号发一下, 南宁线"})
    void aRoutesVehiclesRequestedAreItsVehicles(String text, String route) {
        assertThat(conference.read(text)).isEqualTo(new Command.RouteVehicles(route));
    }

    @ParameterizedTest
    @CsvSource({"我们的司机电话发我一下, ''", "湖北的车牌号发一下, 湖北", "广西代表团的司机电话发我, 广西代表团"})
    void aDelegationsVehiclesRequestedAreItsVehicles(String text, String delegation) {
        assertThat(games.read(text)).isEqualTo(new Command.VehicleOf(delegation));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1号车发一下", "3号车司机电话打不通", "3号车司机还没到", "3号车实到40人", "司机电话发我一下", "湖北 中午56 晚上56", "3号车车牌被挡住了", "好的 收到"
            })
    void aMessageThatAsksNoDriverPhoneOrPlateIsNoRequest(String text) {
        assertThat(games.read(text)).isNull();
        assertThat(games.within(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"湖北 中午56 晚上56 哦对了1号车司机电话发我一下, 1", "湖南今晚35人，另外3号车车牌发一下, 3", "明天早饭30个 顺便5号车师傅电话多少, 5"})
    void aRequestAfterAReportIsFoundAsItsOwnClause(String text, String bus) {
        assertThat(games.within(text)).isEqualTo(Optional.of(new Command.Car(bus)));
    }
}
