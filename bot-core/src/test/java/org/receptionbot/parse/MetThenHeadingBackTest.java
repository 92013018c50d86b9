package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * People met with the verb closing the pickup and no 了 ("重庆44人全部接到 往回走了", trial 42), then heading back or
 * toward the hotel: the arrival of those met, whoever says it, never their departure. A notice received or people not
 * met before heading back are no arrival.
 */
class MetThenHeadingBackTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T15:20");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|湖南35人全部接到 往回走了|hunan|35",
                "''|贵州队8个都接到 往回开了|guizhou|8",
                "''|四川48人已经接到 往回走了|sichuan|48",
                "hubei|湖北59人全接到 往回走了|hubei|59",
                "''|云南的12位刚接上 往回开了|yunnan|12",
                "beijing|北京队20人全部接到 正往回走了|beijing|20"
            })
    void metThenHeadingBackIsTheArrivalOfThoseMet(String sender, String text, String team, int count) {
        AT.check(text, sender.isEmpty() ? null : sender)
                .understood()
                .records(new Arrival(team, TODAY, null, count, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南35人接到通知 往回走了", "湖南35人没接到 往回走了", "湖南35人要接到 往回走"})
    void aNoticeOrPeopleNotMetBeforeHeadingBackIsNoArrival(String text) {
        AT.check(text, null).hasNo(Arrival.class);
    }
}
