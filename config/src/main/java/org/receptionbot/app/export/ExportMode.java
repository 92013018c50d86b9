package org.receptionbot.app.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.adapters.sandbox.Sandbox;
import org.receptionbot.adapters.xlsx.Workbooks;
import org.receptionbot.app.BotApplication;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.ExportBuilder;
import org.receptionbot.command.ExportContent;
import org.receptionbot.command.MealCsv;
import org.receptionbot.event.Event;
import org.receptionbot.summary.Texts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export --from DATE [--to DATE] [--out FILE.xlsx] [--csv FILE.csv] [--属性=值 …]}: writes the
 * workbook of a date range from the bot's store, aging waiting issues by the sandbox's clock (the
 * rehearsed time kept in the data directory, else the real one). Starts the application without chats and without
 * firing reminders; with the embedded Redis it uses the one a running bot keeps on the same data
 * directory, so it can run beside the bot.
 */
public final class ExportMode {
    static final String USAGE = "用法 / usage: export --from 日期 [--to 日期] [--out 报表.xlsx] [--csv 餐食.csv] [--属性=值 …]\n"
            + "             日期写成 2026-11-22 或 11-22";

    /** Settings for a run that only reads the store: no chats, no timed jobs, a throw-away job store. */
    private static final List<String> QUIET = List.of(
            "--reception.sandbox.enabled=false",
            "--reception.chats.enabled=false",
            "--reception.embedded-redis.join=true",
            "--reception.scheduler.jdbc-url=jdbc:h2:mem:export",
            "--spring.quartz.auto-startup=false");

    private ExportMode() {}

    /** Returns the exit code: 0, or 2 when the arguments are unusable or writing failed. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ExportArgs a;
        try {
            a = ExportArgs.read(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<String> spring = new ArrayList<>(a.spring());
        spring.addAll(QUIET);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BotApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("exportOutbox", (Outbox) reply -> {}))
                .run(spring.toArray(String[]::new))) {
            Event event = context.getBean(Event.class);
            LocalDate from = a.from(event);
            LocalDate to = a.to(event);
            if (!event.receives(from) || !event.receives(to) || to.isBefore(from)) {
                err.println("导出日期需在接待期间内（" + Texts.day(event.receptionStart()) + "至" + Texts.day(event.receptionEnd())
                        + "）。");
                return 2;
            }
            Optional<Instant> rehearsed = Sandbox.rehearsedTime(
                    context.getBean(ReceptionProperties.class).dataDir());
            Instant now = rehearsed.orElseGet(context.getBean(Clock.class)::instant);
            ExportContent content = context.getBean(ExportBuilder.class).build(from, to, now);
            Path xlsx = a.out() != null ? a.out() : Path.of(Workbooks.fileName(content));
            Files.write(xlsx, Workbooks.write(content, event.zone()));
            out.println("已导出：" + xlsx.toAbsolutePath() + "（" + content.days().size() + "天，待处理问题"
                    + content.issues().size() + "个）");
            rehearsed.ifPresent(at -> out.println("问题等待时长按沙盒演练时间计算：" + rehearsedAt(at, event)));
            if (a.csv() != null) {
                Files.writeString(a.csv(), MealCsv.write(content), StandardCharsets.UTF_8);
                out.println("餐食CSV：" + a.csv().toAbsolutePath());
            }
            return 0;
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("写文件失败 / could not write: " + e.getMessage());
            return 2;
        }
    }

    private static String rehearsedAt(Instant at, Event event) {
        ZonedDateTime local = at.atZone(event.zone());
        return Texts.day(local.toLocalDate()) + " " + Texts.time(local.toLocalTime());
    }
}
