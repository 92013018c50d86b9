package org.receptionbot.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.testing.Messages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code export} mode of the jar, on the store of a bot that is running and of one that is not. */
class ExportModeIT {
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheWorkbookBesideARunningBotWithoutStoppingItsRedis() throws Exception {
        int port = EmbeddedRedis.freePort();
        Path data = dir.resolve("data");
        try (ConfigurableApplicationContext bot = start(data, port)) {
            ChatHandler handler = bot.getBean(ChatHandler.class);
            handler.onMessage(Messages.in(GROUP)
                    .id("1")
                    .from("hunan", "湖南联络员")
                    .at(ZonedDateTime.parse("2026-11-22T08:00:00+08:00").toInstant())
                    .text("湖南午餐30人"));

            Path workbook = dir.resolve("报表.xlsx");
            int code = export(
                    "--from",
                    "2026-11-22",
                    "--out",
                    workbook.toString(),
                    "--csv",
                    dir.resolve("餐食.csv").toString(),
                    "--reception.data-dir=" + data,
                    "--reception.embedded-redis.port=" + port);

            assertThat(code).as(text(err)).isZero();
            assertThat(text(out)).contains("已导出：");
            try (InputStream in = Files.newInputStream(workbook);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Row hunan = null;
                for (Row row : book.getSheet("11月22日")) {
                    if (row.getCell(0) != null && row.getCell(0).toString().equals("湖南省代表团")) hunan = row;
                }
                assertThat(hunan).isNotNull();
                assertThat(hunan.getCell(3).getNumericCellValue()).as("午餐 堂食").isEqualTo(30);
            }
            assertThat(Files.readString(dir.resolve("餐食.csv"))).contains("2026-11-22,午餐,", "湖南省代表团,30,是,0,0");
            // The bot still has its store.
            handler.onMessage(Messages.in(GROUP).id("2").from("hunan", "湖南联络员").text("湖南晚餐30人"));
            assertThat(bot.getBean(InboundLog.class).count(GROUP)).isEqualTo(2);
        }
    }

    @Test
    void startsTheStoreItselfWhenNoBotRuns() {
        int code = export(
                "--from",
                "11-22",
                "--to",
                "11-23",
                "--out",
                dir.resolve("x.xlsx").toString(),
                "--reception.data-dir=" + dir.resolve("data"),
                "--reception.embedded-redis.port=0");

        assertThat(code).as(text(err)).isZero();
        assertThat(dir.resolve("x.xlsx")).isNotEmptyFile();
    }

    @Test
    void refusesDatesOutsideTheEventAndMissingArguments() {
        assertThat(export("--reception.data-dir=" + dir)).isEqualTo(2);
        assertThat(text(err)).contains("--from");

        err.reset();
        int code = export(
                "--from",
                "2027-01-01",
                "--reception.data-dir=" + dir.resolve("data"),
                "--reception.embedded-redis.port=0");
        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("导出日期需在接待期间内");
    }

    private int export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return ExportMode.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static ConfigurableApplicationContext start(Path data, int port) {
        return new SpringApplicationBuilder(BotApplication.class)
                .run("--reception.data-dir=" + data, "--reception.embedded-redis.port=" + port);
    }
}
