package org.receptionbot.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.ExportContent;
import org.receptionbot.conversation.Dialogue;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;
import org.yaml.snakeyaml.Yaml;

/**
 * The workbook is the day's record, as the chat's board gives it (trial 66): on the sports sample, the liaisons say
 * their lunches of the 24th the evening before, 北京 and 辽宁 packing the whole team's lunch, 天津 calling off its seated
 * lunch for 30 packed, 湖北 packing 8 of its 60; the coordinator asks 查看午餐 at 11:00 and exports. Read back, each
 * team's row holds its seated diners and packed portions apart, each venue's team rows add up to its 小计 and its 预订
 * row, the venues to the 合计, and all of them, packed included, are the board's figures. The day before the event's
 * first day, when teams arrive, has no meals in the workbook as the board has none ("不在活动日期内").
 */
class WorkbookMatchesTheBoardTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final LocalDate ARRIVAL_DAY = LocalDate.of(2026, 11, 17);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    /** 【九院宾馆自助餐厅】堂食240人 / 容量600人；打包97份 */
    private static final Pattern VENUE = Pattern.compile("【(.+?)】(?:堂食)?([0-9]+)人 / 容量[0-9]+人(?:.*?；打包([0-9]+)份)?");
    /** 合计：堂食637人，打包97份 */
    private static final Pattern TOTAL = Pattern.compile("合计：(?:堂食)?([0-9]+)人(?:，打包([0-9]+)份)?");

    private final Event event = sample();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final MutableClock clock = new MutableClock(Sources.instant("2026-11-23T19:00"), ZONE);
    private final CoreWiring core = CoreWiring.inMemory(event, new InMemoryLedger(), outbox, clock);
    private final Dialogue dialogue =
            core.dialogue(new InMemoryInboundLog(), new MessageParser(event)::parse, null, null);
    private int next;

    @BeforeEach
    void theLiaisonsSayTomorrowsLunch() {
        say("beijing", "2026-11-23T20:30", "北京明天午饭打包42份 全队在赛场吃");
        say("liaoning", "2026-11-23T20:35", "辽宁明早33 中午打包33份带去赛场 晚上33");
        say("tianjin", "2026-11-23T20:36", "天津明天早上30 中午在体育馆吃 要打包30份 晚上30");
        say("hubei", "2026-11-23T20:40", "湖北明天午饭打包8份");
        say("hunan", "2026-11-23T20:45", "湖南明天中午少5人");
    }

    @Test
    void eachTeamsRowHoldsItsSeatedAndPackedApart() throws IOException {
        try (XSSFWorkbook book = exported(DAY, DAY)) {
            Map<String, int[]> lunch = teams(book.getSheet("11月24日"), lunchColumn(book.getSheet("11月24日")));

            assertThat(lunch.get("北京市代表团")).as("the whole team packed").containsExactly(0, 42);
            assertThat(lunch.get("辽宁省代表团"))
                    .as("the whole team packed beside its figure")
                    .containsExactly(0, 33);
            assertThat(lunch.get("天津市代表团"))
                    .as("the seated lunch called off, packed instead")
                    .containsExactly(0, 30);
            assertThat(lunch.get("湖北省代表团")).as("8 of 60 packed").containsExactly(52, 8);
            assertThat(lunch.get("湖南省代表团")).as("nothing packed").containsExactly(30, 0);
        }
    }

    @Test
    void theTeamRowsAddUpToTheVenuesAndTheTotalAsTheBoardSaysThem() throws IOException {
        String board = ask("tian", "2026-11-24T11:00", "查看午餐");
        Map<String, int[]> boardVenues = new LinkedHashMap<>();
        for (Matcher m = VENUE.matcher(board); m.find(); )
            boardVenues.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), figure(m.group(3))});
        Matcher total = TOTAL.matcher(board);
        assertThat(total.find()).as(board).isTrue();
        int[] boardTotal = {Integer.parseInt(total.group(1)), figure(total.group(2))};
        assertThat(boardTotal[1]).as("the packed lunches on the board").isEqualTo(42 + 33 + 30 + 8);
        assertThat(boardVenues).as(board).hasSize(2);

        try (XSSFWorkbook book = exported(DAY, DAY)) {
            Sheet day = book.getSheet("11月24日");
            int teamLunch = lunchColumn(day);
            int venueLunch = column(row(day, "餐厅", "项目"), "午餐");
            int[] venuesSum = {0, 0};
            for (Map.Entry<String, int[]> venue : boardVenues.entrySet()) {
                String name = venue.getKey();
                int[] teams = sum(teamsOf(day, name, teamLunch));
                Row subtotal = rowStarting(day, name + " 小计");
                Row booked = row(day, name, "预订");

                assertThat(teams).as(name + " team rows against the board").containsExactly(venue.getValue());
                assertThat(pair(subtotal, teamLunch)).as(name + " 小计").containsExactly(teams);
                assertThat(pair(booked, venueLunch)).as(name + " 预订").containsExactly(teams);
                venuesSum[0] += teams[0];
                venuesSum[1] += teams[1];
            }
            assertThat(venuesSum).as("the venues add up to the board's 合计").containsExactly(boardTotal);
            assertThat(pair(row(day, "合计", "预订"), venueLunch)).as("合计").containsExactly(boardTotal);
        }
    }

    @Test
    void theArrivalDayBeforeTheFirstDayHasNoMealsAsTheBoardHasNone() throws IOException {
        String board = ask("tian", "2026-11-17T10:00", "查看午餐");
        assertThat(board).startsWith("11月17日（周二）不在活动日期内");

        try (XSSFWorkbook book = exported(ARRIVAL_DAY, event.start())) {
            Sheet arrival = book.getSheet("11月17日");
            assertThat(arrival.getLastRowNum()).as("no meal table").isEqualTo(1);
            assertThat(arrival.getRow(1).getCell(0).getStringCellValue()).startsWith("11月17日（周二）不在活动日期内，不安排用餐");
            assertThat(book.getSheet("11月18日").getRow(1).getCell(0).getStringCellValue())
                    .as("the first day has its meals")
                    .isEqualTo("代表团");
            List<String> moves = new ArrayList<>();
            book.getSheet("抵离").forEach(r -> moves.add(r.getCell(0).toString()));
            assertThat(moves).as("the arrival day's movements stay").contains("11月17日（周二）");
        }
    }

    private XSSFWorkbook exported(LocalDate from, LocalDate to) throws IOException {
        ExportContent content = core.exportBuilder.build(from, to, Sources.instant("2026-11-24T11:00"));
        return new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(content, ZONE)));
    }

    private void say(String sender, String at, String text) {
        Instant sent = Sources.instant(at);
        clock.set(sent);
        dialogue.onMessage(new IncomingMessage(GROUP, "m" + (++next), sender, sender, sent, text, null, false));
    }

    /** The group's last answer after {@code sender} says {@code text}. */
    private String ask(String sender, String at, String text) {
        int before = outbox.sentTo(GROUP).size();
        say(sender, at, text);
        List<Reply> replies = outbox.sentTo(GROUP);
        assertThat(replies).as("an answer to " + text).hasSizeGreaterThan(before);
        return replies.get(replies.size() - 1).text();
    }

    /** Each team row's [seated, packed] at the meal whose 堂食 column is {@code column}, by team name. */
    private static Map<String, int[]> teams(Sheet day, int column) {
        Map<String, int[]> teams = new LinkedHashMap<>();
        for (int r = 3; r <= day.getLastRowNum(); r++) {
            Row row = day.getRow(r);
            if (row == null) break;
            String name = row.getCell(0).toString();
            if (!name.endsWith(" 小计")) teams.put(name, pair(row, column));
        }
        return teams;
    }

    /** The rows of the teams above the venue's 小计 row, back to the previous 小计 or the header. */
    private static List<int[]> teamsOf(Sheet day, String venue, int column) {
        List<int[]> rows = new ArrayList<>();
        for (int r = rowStarting(day, venue + " 小计").getRowNum() - 1; r >= 3; r--) {
            Row row = day.getRow(r);
            if (row.getCell(0).toString().endsWith(" 小计")) break;
            rows.add(pair(row, column));
        }
        assertThat(rows).as(venue + " has teams").isNotEmpty();
        return rows;
    }

    private static int[] sum(List<int[]> rows) {
        return new int[] {
            rows.stream().mapToInt(p -> p[0]).sum(),
            rows.stream().mapToInt(p -> p[1]).sum()
        };
    }

    /** [堂食, 打包] at {@code column} and the one after it; an empty cell is 0. */
    private static int[] pair(Row row, int column) {
        return new int[] {number(row.getCell(column)), number(row.getCell(column + 1))};
    }

    private static int number(Cell cell) {
        return cell == null || cell.toString().isEmpty() ? 0 : (int) cell.getNumericCellValue();
    }

    private static int figure(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }

    private static int lunchColumn(Sheet day) {
        int column = column(day.getRow(1), "午餐");
        assertThat(day.getRow(2).getCell(column).toString()).isEqualTo("堂食");
        assertThat(day.getRow(2).getCell(column + 1).toString()).isEqualTo("打包");
        return column;
    }

    private static int column(Row row, String text) {
        for (Cell cell : row) if (cell.toString().equals(text)) return cell.getColumnIndex();
        throw new AssertionError("no column " + text);
    }

    private static Row rowStarting(Sheet sheet, String first) {
        for (Row row : sheet)
            if (row.getCell(0) != null && row.getCell(0).toString().equals(first)) return row;
        throw new AssertionError("no row " + first);
    }

    private static Row row(Sheet sheet, String first, String second) {
        for (Row row : sheet)
            if (row.getCell(0) != null
                    && row.getCell(0).toString().equals(first)
                    && row.getCell(1) != null
                    && row.getCell(1).toString().equals(second)) return row;
        throw new AssertionError("no row " + first + " " + second);
    }

    /** The sports sample as its file stands (dates 11-18 to 11-29, some teams arriving on the 17th). */
    private static Event sample() {
        Path file = Path.of("..", "..", "config", "src", "main", "resources", "events", "sample-event.yml");
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> tree = new Yaml().load(in);
            EventReading reading = EventReader.read("sample-event.yml", tree);
            if (reading instanceof EventReading.Invalid invalid) throw new IllegalStateException(invalid.describe());
            return ((EventReading.Valid) reading).event();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
