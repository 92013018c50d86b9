package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.app.BotApplication;
import org.receptionbot.command.Help;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application with both tokens set: one process serves a Discord channel and a Telegram
 * group of the same event, each answered on its own platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BothPlatformsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long CHANNEL = 500;
    private static final long TELEGRAM_GROUP = -100;
    private static final long COORDINATORS = 501;
    private static final long TELEGRAM_COORDINATORS = -200;
    private static final long TIAN = 1001;
    private static final long LI_NA = 2001;

    @TempDir
    static Path dir;

    FakeDiscord discord;
    FakeBotApi telegram;
    ConfigurableApplicationContext context;

    @BeforeAll
    void start() throws Exception {
        discord = new FakeDiscord(CHANNEL, COORDINATORS);
        telegram = new FakeBotApi();
        context = new SpringApplicationBuilder(BotApplication.class)
                .run(
                        "--reception.data-dir=" + dir.resolve("data"),
                        "--reception.embedded-redis.port=0",
                        "--reception.event-file=" + eventFile(),
                        "--reception.discord.token=" + FakeDiscord.TOKEN,
                        "--reception.discord.api-url=" + discord.apiUrl(),
                        "--reception.discord.gateway-url=" + discord.gatewayUrl(),
                        "--reception.telegram.token=" + FakeBotApi.TOKEN,
                        "--reception.telegram.api-url=" + telegram.apiUrl(),
                        "--reception.telegram.poll-timeout=0s");
    }

    @AfterAll
    void stop() {
        if (context != null) context.close();
        discord.close();
        telegram.close();
    }

    @Test
    void aReportInDiscordIsAnsweredInDiscordAndOneInTelegramInTelegram() {
        long id = discord.say(CHANNEL, LI_NA, "李娜", "湖南团明天午餐少5人");
        telegram.offer(FakeUpdates.message(TELEGRAM_GROUP, 7, LI_NA, "李娜", "湖南团明天晚餐少3人"));

        await().atMost(WAIT).until(() -> discord.posted(CHANNEL).size() == 1);
        assertThat(discord.posted(CHANNEL).get(0).content())
                .startsWith("已记录：湖南省代表团")
                .contains("午餐");
        assertThat(discord.posted(CHANNEL).get(0).replyTo()).isEqualTo(Long.toString(id));
        await().atMost(WAIT).until(() -> !telegram.calls("sendMessage").isEmpty());
        await().atMost(WAIT)
                .until(() -> !telegram.messagesTo(Long.toString(TELEGRAM_GROUP)).isEmpty());
        assertThat(telegram.messagesTo(Long.toString(TELEGRAM_GROUP)).get(0).text())
                .startsWith("已记录：湖南省代表团")
                .contains("晚餐");
        assertThat(discord.posted(CHANNEL)).hasSize(1);
    }

    @Test
    void exportPostsTheWorkbookOnThePlatformItWasAskedOn() {
        await().atMost(WAIT).until(() -> discord.commands() != null);
        discord.slash(COORDINATORS, TIAN, "田主任", "export", null);
        telegram.offer(FakeUpdates.message(TELEGRAM_COORDINATORS, 8, TIAN, "田主任", "/export"));

        await().atMost(WAIT)
                .until(() -> discord.posted(COORDINATORS).stream()
                        .anyMatch(p -> !p.files().isEmpty()));
        FakeDiscord.Upload file = discord.posted(COORDINATORS).stream()
                .flatMap(p -> p.files().stream())
                .findFirst()
                .orElseThrow();
        assertThat(file.fileName()).endsWith(".xlsx");
        assertThat(new String(file.content(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        await().atMost(WAIT)
                .until(() -> discord.posted(COORDINATORS).stream()
                        .anyMatch(p -> p.content().startsWith("报表已生成")));
        await().atMost(WAIT).until(() -> !telegram.calls("sendDocument").isEmpty());
        assertThat(telegram.calls("sendDocument").get(0).chatId()).isEqualTo(Long.toString(TELEGRAM_COORDINATORS));
        assertThat(telegram.calls("sendDocument").get(0).fileName()).endsWith(".xlsx");
        assertThat(discord.posted(CHANNEL)).noneMatch(p -> !p.files().isEmpty());
    }

    @Test
    void theHelpsCommandsAreTheServersSlashCommandsInChinese() {
        await().atMost(WAIT).until(() -> discord.commands() != null);
        var commands = discord.commands();
        assertThat(java.util.stream.IntStream.range(0, commands.length())
                        .mapToObj(i -> commands.getObject(i).getString("name")))
                .containsExactlyElementsOf(Help.ENTRIES.stream()
                        .map(e -> e.command().substring(1).split(" ")[0])
                        .toList());
        assertThat(discord.commands().getObject(0).getString("name")).isEqualTo("meals");
        assertThat(discord.commands().getObject(0).getString("description")).isEqualTo("查看用餐人数");
    }

    private static Path eventFile() throws Exception {
        String yaml = EventFileHead.yaml(3, 100) + """
                coordinators:
                  - {name: 田主任, phone: "13800000001", accounts: {discord: "1001", telegram: "1001"}}
                chats:
                  - {platform: discord, id: "500", name: 接待工作群, role: GROUP}
                  - {platform: telegram, id: "-100", name: 接待工作群, role: GROUP}
                  - {platform: discord, id: "501", name: 接待办协调组, role: COORDINATORS}
                  - {platform: telegram, id: "-200", name: 接待办协调组, role: COORDINATORS}
                delegations:
                  - id: hunan
                    name: 湖南省代表团
                    aliases: [湖南]
                    size: 35
                    hotel: jiuyuan
                    venue: jiuyuan
                    liaisons:
                      - {name: 李娜, phone: "13900000001", accounts: {discord: "2001", telegram: "2001"}}
                """;
        Path file = dir.resolve("event.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
