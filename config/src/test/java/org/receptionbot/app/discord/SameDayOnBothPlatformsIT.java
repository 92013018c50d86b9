package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.app.BotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 16's parity: the same day's messages typed once in a Telegram group and once in a Discord
 * channel (two applications, each with its own data and Redis, the same delegations and liaisons)
 * get the same answers and give the coordinators the same boards, word for word.
 */
class SameDayOnBothPlatformsIT {
    private static final long CHANNEL = 500;
    private static final long GROUP = -100;
    private static final long TIAN = 1001;
    private static final long LI_NA = 2001;
    private static final long WANG = 2002;
    private static final long CHEN = 2003;
    private static final long SONG = 2004;

    @TempDir
    Path dir;

    @Test
    void aDayTypedInDiscordGivesTheSameAnswersAndBoardsAsInTelegram() throws Exception {
        List<String> telegram;
        List<String> discord;
        // "明天" must be the same day in both runs: a pair of runs across midnight in Beijing is made again.
        int pair = 0;
        LocalDate today;
        do {
            today = EventFileHead.today();
            Path runs = dir.resolve("pair" + pair++);
            telegram = onTelegram(runs.resolve("telegram"));
            discord = onDiscord(runs.resolve("discord"));
        } while (!EventFileHead.today().equals(today));

        assertThat(discord.stream().map(SameDayOnBothPlatformsIT::comparable))
                .containsExactlyElementsOf(telegram.stream()
                        .map(SameDayOnBothPlatformsIT::comparable)
                        .toList());
        assertThat(telegram.get(7)).startsWith("已记录：7号车");
        assertThat(telegram.get(12)).contains("按计划（未变）：湖南共1个团40人", "未报餐（").contains("湖北省代表团");
        assertThat(telegram.get(15)).startsWith("待处理问题（1个）").contains("#1 【住宿】湖北省代表团");
        assertThat(telegram.get(16)).contains("7号车");
    }

    /**
     * An answer without what differs by platform or by the minute: Discord's backslash before
     * markdown characters (here the "#" opening a line of /issues) and its zero-width space after an
     * "@"; the clock time at which a change after the deadline was received (the two runs follow
     * each other, so it may be a minute apart).
     */
    private static String comparable(String answer) {
        return answer.replaceAll("\\\\(\\p{Punct})", "$1")
                .replace("\u200b", "")
                .replaceAll("(?m)^  \\d{2}:\\d{2} (?=\\S+代表团 )", "  hh:mm ");
    }

    /** The day's messages, an edit and an undo, then the coordinator's boards: every answer in order. */
    private static List<String> day(SameDayChats chat) {
        List<String> answers = new ArrayList<>();
        answers.add(chat.say(LI_NA, "李娜", "湖南团明天午餐30人"));
        answers.add(chat.say(WANG, "王强", "湖北团明天午餐照常"));
        answers.add(chat.say(CHEN, "陈静", "广东团明天晚餐少3人"));
        answers.add(chat.say(LI_NA, "李娜", "湖南团明天晚餐少5人"));
        answers.add(chat.edit(LI_NA, "李娜", "湖南团明天晚餐少5人", "湖南团明天晚餐少6人"));
        answers.add(chat.say(CHEN, "陈静", "广东代表团明天晚上7点半到达，乘3U8951"));
        answers.add(chat.say(SONG, "宋佳", "云南团明天下午2点有8人先走，其余人员后天走"));
        answers.add(chat.say(WANG, "王强", "7号车已清点，38人，全部到齐"));
        answers.add(chat.say(WANG, "王强", "湖北团房间空调坏了，晚上太冷"));
        answers.add(chat.say(SONG, "宋佳", "云南团明天早餐少4人"));
        answers.add(chat.pressUndo(SONG, "宋佳", "云南团明天早餐少4人"));
        answers.add(chat.say(LI_NA, "李娜", "湖南团明天早餐照常"));
        answers.add(chat.ask(TIAN, "田主任", "meals", "明天"));
        answers.add(chat.ask(TIAN, "田主任", "meals", "明天 晚餐"));
        answers.add(chat.ask(TIAN, "田主任", "moves", "明天"));
        answers.add(chat.ask(TIAN, "田主任", "issues", null));
        answers.add(chat.ask(TIAN, "田主任", "counts", null));
        answers.add(chat.ask(TIAN, "田主任", "status", "湖南"));
        answers.add(chat.ask(TIAN, "田主任", "status", "云南"));
        return answers;
    }

    private static List<String> onTelegram(Path data) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            ConfigurableApplicationContext context = start(
                    data,
                    "telegram",
                    "--reception.telegram.token=" + FakeBotApi.TOKEN,
                    "--reception.telegram.api-url=" + api.apiUrl(),
                    "--reception.telegram.poll-timeout=0s");
            try (context) {
                return day(new SameDayChats.Telegram(api, GROUP));
            }
        }
    }

    private static List<String> onDiscord(Path data) throws Exception {
        try (FakeDiscord fake = new FakeDiscord(CHANNEL)) {
            ConfigurableApplicationContext context = start(
                    data,
                    "discord",
                    "--reception.discord.token=" + FakeDiscord.TOKEN,
                    "--reception.discord.api-url=" + fake.apiUrl(),
                    "--reception.discord.gateway-url=" + fake.gatewayUrl());
            try (context) {
                return day(new SameDayChats.Discord(fake, CHANNEL));
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data, String platform, String... token) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--reception.data-dir=" + data.resolve("data"),
                "--reception.embedded-redis.port=0",
                "--reception.event-file=" + eventFile(data, platform)));
        args.addAll(List.of(token));
        return new SpringApplicationBuilder(BotApplication.class).run(args.toArray(String[]::new));
    }

    private static Path eventFile(Path data, String platform) throws Exception {
        String chat = platform.equals("discord") ? "500" : "-100";
        StringBuilder yaml =
                new StringBuilder(EventFileHead.yaml(3, 400)).append("""
                vehicles:
                  - {id: "7", plate: 鄂Q·A1007, driver: 覃师傅, phone: "13700000007", delegation: hubei}
                coordinators:
                  - {name: 田主任, phone: "13800000001", accounts: {%s: "1001"}}
                chats:
                  - {platform: %s, id: "%s", name: 接待工作群, role: GROUP}
                delegations:
                """.formatted(platform, platform, chat));
        String[][] delegations = {
            {"hunan", "湖南省代表团", "湖南", "李娜", "2001"},
            {"hubei", "湖北省代表团", "湖北", "王强", "2002"},
            {"guangdong", "广东省代表团", "广东", "陈静", "2003"},
            {"yunnan", "云南省代表团", "云南", "宋佳", "2004"}
        };
        for (String[] d : delegations) {
            yaml.append("  - {id: %s, name: %s, aliases: [%s], size: 40, hotel: jiuyuan, venue: jiuyuan,\n"
                            .formatted(d[0], d[1], d[2]))
                    .append("     liaisons: [{name: %s, phone: \"139%s\", accounts: {%s: \"%s\"}}]}\n"
                            .formatted(d[3], "0000" + d[4], platform, d[4]));
        }
        Files.createDirectories(data);
        Path file = data.resolve("event.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
