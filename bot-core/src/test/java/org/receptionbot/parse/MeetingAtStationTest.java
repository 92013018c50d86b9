package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * Session 38 (trial finding): the sender's people at a station or an airport to meet others ("我们到车站了 去接他们")
 * are on an errand, no arrival of the team ({@link MeetingAtStation}); the team met there itself, a train or a flight
 * of its own, or others said arriving still give the arrival.
 */
class MeetingAtStationTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|我们到车站了 去接他们",
                "hunan|我们到车站接他们了",
                "hubei|我们已经到火车站了 等着接家长",
                "sichuan|到机场了 接一下领导",
                "gansu|我们到高铁站了 接后面那批",
                "guizhou|我们到恩施站了 准备接他们回酒店"
            })
    void meetingOthersAtTheStationIsNoArrival(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|我们到车站了 接我们的车在哪",
                "hunan|湖南35人到恩施站了",
                "hubei|我们到车站了 G1234准点 司机来接我们",
                "sichuan|他们下午3点到恩施站 我们去接他们",
                "gansu|后面那5个下午3点到 我们去车站接他们"
            })
    void theTeamsOwnArrivalStays(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords()).as(text).anyMatch(r -> r instanceof Arrival);
    }
}
