package org.receptionbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.app.scheduling.ClockedBot.GROUP;
import static org.receptionbot.app.scheduling.ClockedBot.fireAndWait;
import static org.receptionbot.app.scheduling.ClockedBot.trigger;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Trigger;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.Messages;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The meal-count deadline on the wired application (embedded Redis, the H2 job store), with a clock
 * the test sets and the registered triggers fired by the test: the reminder before the deadline
 * names exactly who has not reported, the locked board reaches the coordinators and the caterer at
 * the deadline, a change after it reaches the coordinators, and a second firing says nothing.
 */
class MealDeadlinesIT {
    private static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");
    private static final ChatRef CATERER = new ChatRef("sandbox", "caterer");

    @TempDir
    Path dataDir;

    private final ClockedBot bot = new ClockedBot(at("08:00"));

    @Test
    void theDeadlineRemindsWhoHasNotReportedThenLocksTheBoardAndLateChangesReachTheCoordinators() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            ChatHandler chat = context.getBean(ChatHandler.class);
            chat.onMessage(Messages.in(GROUP)
                    .id("1")
                    .from("hunan-li", "李娜")
                    .at(at("08:10"))
                    .text("湖南午餐30人"));
            chat.onMessage(Messages.in(GROUP)
                    .id("2")
                    .from("yunnan-zhao", "赵敏")
                    .at(at("08:20"))
                    .text("中午38人"));
            Trigger warn = trigger(context, "meal-warn-2099-11-22-LUNCH");
            Trigger lock = trigger(context, "meal-lock-2099-11-22-LUNCH");
            assertThat(warn.getNextFireTime().toInstant()).isEqualTo(at("09:30"));
            assertThat(lock.getNextFireTime().toInstant()).isEqualTo(at("10:00"));

            bot.clock.set(at("09:30"));
            fireAndWait(context, warn);
            Reply reminder = await(r -> r.chat().equals(GROUP) && r.text().startsWith("【报餐提醒】"));
            assertThat(reminder.text())
                    .contains("午餐报餐将于10:00截止，以下1个代表团尚未报餐：\n贵州省代表团（联络员 王强）")
                    .doesNotContain("湖南", "云南");

            bot.clock.set(at("10:00"));
            fireAndWait(context, lock);
            for (ChatRef to : List.of(COORDINATORS, CATERER)) {
                assertThat(await(r -> r.chat().equals(to) && r.text().startsWith("【报餐截止】"))
                                .text())
                        .contains("合计：118人\n", "湖南省代表团 30人", "云南省代表团 38人", "未报（按全团计）：共1个团50人")
                        .contains("未报餐（1个，按全团计）：贵州省代表团");
            }

            chat.onMessage(Messages.in(GROUP)
                    .id("3")
                    .from("hunan-li", "李娜")
                    .at(at("10:30"))
                    .text("湖南中午少3人"));
            assertThat(await(r -> r.chat().equals(COORDINATORS) && r.text().startsWith("⚠报餐截止后变更"))
                            .text())
                    .contains("湖南省代表团", "3人");

            int before = bot.outbox.sent().size();
            bot.clock.set(at("09:45"));
            fireAndWait(context, warn);
            assertThat(bot.outbox.sent()).as("a second firing says nothing").hasSize(before);
        }
    }

    private Reply await(Predicate<Reply> wanted) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(bot.outbox.sent()).as("sent").anyMatch(wanted));
        return bot.outbox.sent().stream().filter(wanted).findFirst().orElseThrow();
    }

    private ConfigurableApplicationContext start() throws URISyntaxException {
        Path event = Path.of(getClass().getResource("/events/future-event.yml").toURI());
        return bot.start(event, "--reception.data-dir=" + dataDir, "--reception.embedded-redis.port=0");
    }

    private static Instant at(String time) {
        return ZonedDateTime.parse("2099-11-22T" + time + ":00+08:00[Asia/Shanghai]")
                .toInstant();
    }
}
