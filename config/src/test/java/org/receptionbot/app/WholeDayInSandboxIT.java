package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.sandbox.Sandbox;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.VenueBoard;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A day of the sample event typed into the sandbox terminal, read by the real parser and kept in an
 * embedded Redis: 30 delegations report lunch, with an undo, a new figure, a change after the
 * deadline, an early departure, a partial head count, two issues (one resolved) and the actual
 * diners; then {@code /export} writes the workbook, which is opened and checked, and a restart of
 * the application on the same Redis shows every board unchanged.
 */
class WholeDayInSandboxIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final Instant EVENING =
            ZonedDateTime.parse("2026-11-22T17:00:00+08:00").toInstant();

    @TempDir
    Path dataDir;

    @Test
    void aDayTypedInTheSandboxEndsInTheRightBoardsAndWorkbookAndSurvivesARestart() throws Exception {
        Map<String, Integer> reported = new LinkedHashMap<>();
        List<String> boardsBefore;
        try (ConfigurableApplicationContext context = start()) {
            Event event = context.getBean(Event.class);
            MealBoards meals = context.getBean(MealBoards.class);
            String script = script(event, reported);
            context.getBean(Sandbox.class)
                    .run(context.getBean(ChatHandler.class), new BufferedReader(new StringReader(script)));

            Meal lunch = event.meal("LUNCH").orElseThrow();
            MealBoard board = meals.board(DAY, lunch, EVENING);
            Map<String, Integer> diners = diners(board);
            reported.forEach((id, count) -> assertThat(diners.get(id)).as(id).isEqualTo(count));
            assertThat(diners.get("beijing"))
                    .isEqualTo(delegation(event, "beijing").size());
            assertThat(board.notReported()).extracting(Delegation::id).contains("beijing");
            assertThat(board.locked()).isTrue();
            assertThat(board.lateChanges()).hasSize(1);
            VenueBoard jiuyuan = board.venues().stream()
                    .filter(v -> v.venue().id().equals("jiuyuan"))
                    .findFirst()
                    .orElseThrow();
            assertThat(jiuyuan.actual()).isEqualTo(560);
            assertThat(diners(meals.board(DAY, event.meal("DINNER").orElseThrow(), EVENING)))
                    .containsEntry("hunan", 0);
            assertThat(context.getBean(MovementBoards.class).board(DAY).lines())
                    .filteredOn(l -> l.delegation().id().equals("hunan") && !l.arrival())
                    .singleElement()
                    .satisfies(l -> assertThat(l.transport()).isEqualTo("G1234"));
            assertThat(context.getBean(HeadcountBoards.class).board(DAY))
                    .singleElement()
                    .satisfies(l -> assertThat(l.missing()).isEqualTo(5));
            assertThat(context.getBean(IssueBoards.class).pending(EVENING))
                    .singleElement()
                    .satisfies(l -> assertThat(l.ticket().state()).isEqualTo(IssueTicket.State.OPEN))
                    .satisfies(l -> assertThat(l.delegation().id()).isEqualTo("hubei"));

            Path file = dataDir.resolve("exports/接待报表_20261122.xlsx");
            try (InputStream in = Files.newInputStream(file);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet day = book.getSheet("11月22日");
                int lunchColumn = column(day.getRow(1), "午餐");
                for (DelegationLine line : delegationLines(board)) {
                    Row row = rowStartingWith(day, line.name(), null);
                    assertThat(row.getCell(lunchColumn).getNumericCellValue())
                            .as(line.name())
                            .isEqualTo(line.diners());
                }
                Row total = rowStartingWith(day, "合计", "预订");
                int venueLunch = column(rowStartingWith(day, "餐厅", null), "午餐");
                assertThat(total.getCell(venueLunch).getNumericCellValue()).isEqualTo(board.total());
                Row actual = rowStartingWith(day, jiuyuan.venue().name(), "实到");
                assertThat(actual.getCell(venueLunch).getNumericCellValue()).isEqualTo(560);
                Row difference = rowStartingWith(day, jiuyuan.venue().name(), "差额");
                assertThat(difference.getCell(venueLunch).getNumericCellValue()).isEqualTo(560 - jiuyuan.booked());
                Sheet moves = book.getSheet("抵离");
                assertThat(cells(moves)).anySatisfy(r -> assertThat(r).contains("离开", "湖南省代表团", "14:00", "G1234"));
                Sheet issues = book.getSheet("待处理问题");
                assertThat(issues.getLastRowNum()).isEqualTo(1);
                assertThat(cells(issues).get(1)).contains("住宿", "湖北省代表团", "待处理");
            }
            boardsBefore = everyBoard(context);
        }

        try (ConfigurableApplicationContext context = start()) {
            assertThat(everyBoard(context)).isEqualTo(boardsBefore);
        }
    }

    /** The day as typed: who speaks (:as), when (:time), what they say. */
    private static String script(Event event, Map<String, Integer> reported) {
        StringBuilder s = new StringBuilder();
        List<Delegation> reporting = event.delegations().subList(0, 30);
        for (int i = 0; i < reporting.size(); i++) {
            Delegation d = reporting.get(i);
            int count = d.size() - i % 4;
            say(s, d.name(), String.format("08:%02d", i), d.aliases().get(0) + "午餐" + count + "人");
            reported.put(d.id(), count);
        }
        say(s, "湖北省代表团", "09:00", "房间没有热水");
        say(s, "北京市代表团", "09:05", "撤销");
        reported.remove("beijing");
        say(s, "天津市代表团", "09:10", "天津午餐改为25人");
        reported.put("tianjin", 25);
        say(s, "河北省代表团", "10:30", "河北中午少3人");
        reported.put("hebei", reported.get("hebei") - 3);
        say(s, "湖南省代表团", "11:00", "湖南今天下午2点提前返程，乘G1234");
        say(s, "湖南省代表团", "12:30", "3号车实到30人");
        say(s, "云南省代表团", "13:00", "5号车找不到");
        say(s, "田卫东", "13:05", "/ack 2");
        say(s, "田卫东", "13:20", "/done 2 已联系司机");
        say(s, "田卫东", "14:00", "/actual 九院 午餐 560");
        say(s, "田卫东", "17:00", "/export 11-22");
        return s.append(":quit\n").toString();
    }

    private static void say(StringBuilder s, String who, String time, String text) {
        s.append(":as ").append(who).append('\n');
        s.append(":time 2026-11-22 ").append(time).append('\n');
        s.append(text).append('\n');
    }

    /** Every board of every day of the event, as the core gives them. */
    private static List<String> everyBoard(ConfigurableApplicationContext context) {
        Event event = context.getBean(Event.class);
        MealBoards meals = context.getBean(MealBoards.class);
        MovementBoards movements = context.getBean(MovementBoards.class);
        HeadcountBoards headcounts = context.getBean(HeadcountBoards.class);
        List<String> boards = new ArrayList<>();
        for (LocalDate d = event.start(); !d.isAfter(event.end()); d = d.plusDays(1)) {
            for (Meal meal : event.meals())
                boards.add(meals.board(d, meal, EVENING).toString());
            boards.add(movements.board(d).toString());
            boards.add(headcounts.board(d).toString());
        }
        boards.add(context.getBean(IssueBoards.class).pending(EVENING).toString());
        return boards;
    }

    private record DelegationLine(String name, int diners) {}

    private static List<DelegationLine> delegationLines(MealBoard board) {
        List<DelegationLine> lines = new ArrayList<>();
        board.venues()
                .forEach(v -> v.delegations()
                        .forEach(d -> lines.add(new DelegationLine(
                                d.delegation().name(), d.count().diners()))));
        return lines;
    }

    private static Map<String, Integer> diners(MealBoard board) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        board.venues()
                .forEach(v -> v.delegations()
                        .forEach(d -> byId.put(d.delegation().id(), d.count().diners())));
        return byId;
    }

    private static Delegation delegation(Event event, String id) {
        return event.delegations().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static int column(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i) != null && name.equals(header.getCell(i).getStringCellValue())) return i;
        }
        throw new AssertionError("no column " + name);
    }

    private static Row rowStartingWith(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0) == null || !first.equals(row.getCell(0).toString())) continue;
            if (second == null
                    || row.getCell(1) != null && second.equals(row.getCell(1).toString())) return row;
        }
        throw new AssertionError("no row " + first + " " + second);
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.toString()));
            rows.add(cells);
        }
        return rows;
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BotApplication.class)
                .run("--reception.data-dir=" + dataDir, "--reception.embedded-redis.port=0");
    }
}
