package org.receptionbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.app.event.Sample;
import org.receptionbot.app.sandbox.SampleEventToday;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EventIdentityTest {

    private static ReceptionProperties reception(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("reception", ReceptionProperties.class);
    }

    private static Event sampleOn(String day, Sample sample) {
        Clock clock = Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneOffset.UTC);
        return ((EventReading.Valid) SampleEventToday.read(clock, sample)).event();
    }

    @Test
    void aSampleLaidAroundTodayIsTheSameEventFromDayToDay() {
        ReceptionProperties games = reception(Map.of());
        EventIdentity monday = EventIdentity.of(sampleOn("2027-03-01", Sample.GAMES), games);
        EventIdentity tuesday = EventIdentity.of(sampleOn("2027-03-02", Sample.GAMES), games);

        assertThat(monday.sameEvent(tuesday)).isTrue();
        assertThat(monday.start()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(monday.source()).isEqualTo("内置示例活动 --reception.sample=games");
    }

    @Test
    void theTwoSamplesAreDifferentEvents() {
        EventIdentity games = EventIdentity.of(sampleOn("2027-03-01", Sample.GAMES), reception(Map.of()));
        EventIdentity conference = EventIdentity.of(
                sampleOn("2027-03-01", Sample.CONFERENCE), reception(Map.of("reception.sample", "conference")));

        assertThat(games.sameEvent(conference)).isFalse();
        assertThat(conference.describe()).contains("全国城镇污水处理设施建设及运营经验交流会").contains("2026-12-08至2026-12-10");
    }

    @Test
    void theStoredFormReadsBackAndTheSourceDoesNotMakeAnotherEvent() {
        EventIdentity kept =
                new EventIdentity("全省运动会", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 7), "/a/event.yml");
        EventIdentity moved =
                new EventIdentity("全省运动会", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 7), "/b/event.yml");
        EventIdentity later =
                new EventIdentity("全省运动会", LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 8), "/a/event.yml");

        assertThat(EventIdentity.read(kept.write())).isEqualTo(kept);
        assertThat(kept.sameEvent(moved)).isTrue();
        assertThat(kept.sameEvent(later)).isFalse();
        assertThat(EventIdentity.read("乱码").sameEvent(kept)).isFalse();
    }

    @Test
    void theSuggestedDirectoryIsTheSamplesOwnOrNamedForTheFile() {
        ReceptionProperties conference =
                reception(Map.of("reception.sample", "conference", "reception.data-dir", "data"));
        ReceptionProperties file = reception(Map.of("reception.event-file", "/x/会议.yml"));

        assertThat(EventInStore.suggestedDir(conference, Path.of("data"))).hasToString("./data-conference");
        assertThat(EventInStore.suggestedDir(file, Path.of("data"))).hasToString("./data-会议");
    }
}
