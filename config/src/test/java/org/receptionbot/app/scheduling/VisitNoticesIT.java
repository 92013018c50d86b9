package org.receptionbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.app.scheduling.ClockedBot.GROUP;
import static org.receptionbot.app.scheduling.ClockedBot.fireAndWait;
import static org.receptionbot.app.scheduling.ClockedBot.trigger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Trigger;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.app.event.Sample;
import org.receptionbot.app.sandbox.SampleEventToday;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.Messages;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The site-visit notices on the wired application (the conference sample moved to 2099, a shared
 * Redis, each instance its own H2 job store), with a clock the test sets and the registered
 * triggers fired by the test: two instances fire 北海线's list and it reaches its site once; a head
 * count after it is one update, however many instances and restarts look for changes.
 */
class VisitNoticesIT {
    private static final LocalDate VISIT_DAY = LocalDate.of(2099, 12, 9);
    private static final ChatRef SITE = new ChatRef("sandbox", "site-beihai");

    @TempDir
    Path dir;

    private final ClockedBot bot = new ClockedBot(at("12:00"));

    @Test
    void twoInstancesSendTheListOnceAndEachChangeAfterItOnceAcrossARestart() throws Exception {
        Path event = conferenceIn2099();
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir.resolve("redis"), EmbeddedRedis.freePort())) {
            try (var a = start(event, redis, "a");
                    var b = start(event, redis, "b")) {
                Trigger list = trigger(a, "visit-list-beihai");
                assertThat(list.getNextFireTime().toInstant()).isEqualTo(at("15:00"));
                assertThat(trigger(a, "visit-count-beihai").getNextFireTime().toInstant())
                        .isEqualTo(at("14:00"));

                bot.clock.set(at("15:00"));
                fireAndWait(a, list);
                fireAndWait(b, trigger(b, "visit-list-beihai"));
                assertThat(sentTo(SITE, "【考察名单】北海线预计16:30到达")).hasSize(1);

                a.getBean(ChatHandler.class)
                        .onMessage(Messages.in(GROUP)
                                .id("1")
                                .from("bus3", "陆春兰")
                                .at(at("15:10"))
                                .text("3号车实到40人"));
                bot.clock.set(at("15:11"));
                fireAndWait(b, trigger(b, "visit-update-beihai"));
                fireAndWait(a, trigger(a, "visit-update-beihai"));
            }
            try (var again = start(event, redis, "a")) {
                bot.clock.set(at("15:12"));
                fireAndWait(again, trigger(again, "visit-update-beihai"));
            }
        }
        assertThat(sentTo(SITE, "【考察名单更新】"))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .contains("3号车 实到40人", "1/4辆车已清点，实到40人");
        assertThat(sentTo(SITE, "【考察名单】")).hasSize(1);
    }

    private List<Reply> sentTo(ChatRef chat, String start) {
        return bot.outbox.sent().stream()
                .filter(r -> r.chat().equals(chat) && r.text().startsWith(start))
                .toList();
    }

    private ConfigurableApplicationContext start(Path event, EmbeddedRedis redis, String name) {
        return bot.start(
                event,
                "--reception.data-dir=" + dir.resolve(name),
                "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(),
                "--reception.store.cache=false");
    }

    /** The conference sample with its visit day on 9 December 2099. */
    private Path conferenceIn2099() throws IOException {
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Sample.CONFERENCE.resource())) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long days = ChronoUnit.DAYS.between(Sample.CONFERENCE.referenceDay(), VISIT_DAY);
        return Files.writeString(dir.resolve("conference.yml"), SampleEventToday.shift(yaml, days));
    }

    private static Instant at(String time) {
        return ZonedDateTime.of(VISIT_DAY, java.time.LocalTime.parse(time), ClockedBot.ZONE)
                .toInstant();
    }
}
