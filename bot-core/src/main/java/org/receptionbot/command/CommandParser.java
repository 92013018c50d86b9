package org.receptionbot.command;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;

/**
 * Recognises commands: {@code /word args} (Latin names) and their Chinese words without a slash.
 * Text that is not a command gives nothing, so the message goes to the parser.
 */
public final class CommandParser {
    private static final Pattern CAR = Pattern.compile("(\\d{1,3})\\s*号?\\s*(?:车|大巴)(?:在哪[里儿]?|信息|情况|电话)?[？?]?"
            + "|(\\d{1,3})\\s*号?\\s*(?:车|大巴)的?(?:司机|师傅)(?:是谁|电话|手机|联系方式)?(?:号码)?(?:是)?(?:多少|几号)?[？?]?"
            + "|(\\d{1,3})\\s*号?\\s*(?:车|大巴)(?:是|的|上)?(?:谁在?跟(?:车|的)?|跟车的?(?:人|是谁)+|谁负责"
            + "|(?:随车)?联络员(?:是谁|电话|手机)?(?:是多少|多少)?)[？?]?");
    /** A coordinator's 本团情况 for a named delegation: "本团情况 北京", "北京本团情况", "代表团情况 湖南". */
    private static final Pattern STATUS_OF =
            Pattern.compile("(?:本团情况|代表团情况)\\s*([^\\s]{1,12})|([^\\s]{1,12}?)\\s*(?:本团情况|代表团情况)");

    /** An undo said to be a mistake, wherever it stands in the message. */
    private static final Pattern REDO = Pattern.compile(".*(?:(?:撤销|撤回)(?:得|的)?(?:错|有误|搞错|弄错)|撤错|误撤"
            + "|(?:不该|不应该|不应)(?:撤销|撤回)|(?:撤销|撤回)的.{0,6}恢复|恢复.{0,4}(?:撤销|撤回)的).*");

    private static final Pattern ACK = Pattern.compile("受理\\s*#?(\\d+)\\s*(?:号问题)?\\s*(.*)");
    private static final Pattern DONE = Pattern.compile("(?:办结|已解决|已处理)\\s*#?(\\d+)\\s*(?:号问题)?\\s*(.*)");
    private static final Pattern UNREMIND = Pattern.compile("删除提醒\\s*#?(\\d+)");
    private static final Pattern MOVES = Pattern.compile("(.{0,6}?)(?:抵离)?动态");
    /** The slash commands whose arguments may hold a date. */
    private static final Set<String> DATED = Set.of("meals", "moves", "counts", "actual", "export");

    private final Event event;
    private final DateMeal dateMeal;
    private final QueryWords queries;
    private final VehicleRequests vehicleRequests;

    public CommandParser(Event event) {
        this.event = event;
        this.dateMeal = new DateMeal(event);
        this.queries = new QueryWords(event);
        this.vehicleRequests = new VehicleRequests(event);
    }

    public Optional<Command> parse(String text, LocalDate today) {
        String t = text.strip();
        if (t.startsWith("/")) return Optional.of(slash(t.substring(1), today));
        return Optional.ofNullable(words(t, today));
    }

    private Command slash(String text, LocalDate today) {
        String[] tokens = text.split("\\s+");
        String word = tokens[0].replaceAll("@.*$", "").toLowerCase(java.util.Locale.ROOT);
        List<String> args = Arrays.asList(tokens).subList(1, tokens.length);
        String rest = String.join(" ", args);
        if (DATED.contains(word))
            for (String arg : args) {
                Optional<String> impossible = DateWords.impossible(arg, today);
                if (impossible.isPresent()) return new Command.Refused(impossible.get());
            }
        return switch (word) {
            case "help", "start" -> new Command.Help();
            case "meals" -> dateMeal.meals(String.join("", args), today);
            case "moves" -> dated(rest, today, "/moves", Command.Moves::new);
            case "issues" -> new Command.Issues();
            case "counts" -> dated(rest, today, "/counts", Command.Counts::new);
            case "status" -> new Command.Status(rest.isEmpty() ? null : rest);
            case "visits" -> new Command.Visits(rest.isEmpty() ? null : rest);
            case "car" -> new Command.Car(rest.isEmpty() ? null : rest.replaceAll("[号车]", ""));
            case "undo" -> new Command.Undo();
            case "bind" -> new Command.Bind(rest.isEmpty() ? null : rest);
            case "ack" ->
                new Command.Ack(
                        number(args, 0), args.size() > 1 ? String.join(" ", args.subList(1, args.size())) : null);
            case "done" ->
                new Command.Done(
                        number(args, 0), args.size() > 1 ? String.join(" ", args.subList(1, args.size())) : null);
            case "merge" -> new Command.Merge(number(args, 0), number(args, 1));
            case "actual" -> dateMeal.actual(args, today);
            case "export" -> ExportWords.export(args, today);
            case "remind" -> new Command.Remind(rest);
            case "reminders" -> new Command.ListReminders();
            case "unremind" -> new Command.Unremind(number(args, 0));
            default -> new Command.Unknown("/" + word);
        };
    }

    private Command words(String t, LocalDate today) {
        switch (t) {
            case "帮助", "使用说明", "菜单" -> {
                return new Command.Help();
            }
            case "问题清单", "待处理问题", "问题列表" -> {
                return new Command.Issues();
            }
            case "本团情况" -> {
                return new Command.Status(null);
            }
            case "撤销", "撤回", "撤销上一条" -> {
                return new Command.Undo();
            }
            case "车辆清点", "清点情况" -> {
                return new Command.Counts(today);
            }
            case "提醒列表", "查看提醒" -> {
                return new Command.ListReminders();
            }
            case "考察名单", "考察线路", "考察安排" -> {
                return new Command.Visits(null);
            }
            default -> {
                return phrases(t, today);
            }
        }
    }

    private Command phrases(String t, LocalDate today) {
        Matcher m;
        if (REDO.matcher(t).matches()) return new Command.Redo(LatestMessage.reportLike(t));
        Command visits = routeList(t);
        if (visits != null) return visits;
        Command car = car(t);
        if (car == null) car = CarInQuestion.read(t, CommandParser::car);
        if (car == null) car = vehicleRequests.read(t);
        if (car == null) car = VehicleCountQuestion.read(t, today);
        if (car != null) return car;
        if ((m = STATUS_OF.matcher(t)).matches())
            return new Command.Status(m.group(1) != null ? m.group(1) : m.group(2));
        if ((m = ACK.matcher(t)).matches())
            return new Command.Ack(
                    Integer.valueOf(m.group(1)),
                    m.group(2).isBlank() ? null : m.group(2).strip());
        if ((m = DONE.matcher(t)).matches())
            return new Command.Done(
                    Integer.valueOf(m.group(1)),
                    m.group(2).isBlank() ? null : m.group(2).strip());
        if ((m = UNREMIND.matcher(t)).matches()) return new Command.Unremind(Integer.valueOf(m.group(1)));
        Command issue = IssueWords.read(t);
        if (issue != null) return issue;
        Command export = ExportWords.words(t, today);
        if (export != null) return export;
        if (t.startsWith("设置提醒")) return new Command.Remind(t.substring(4).strip());
        if (t.startsWith("绑定"))
            return new Command.Bind(
                    t.substring(2).isBlank() ? null : t.substring(2).strip());
        Command actual = t.startsWith("实到 ")
                ? dateMeal.actualWords(Arrays.asList(t.substring(3).strip().split("\\s+")), today)
                : null;
        if (actual != null) return actual;
        Optional<Command> moves = MoveWords.read(t, today);
        if (moves.isPresent()) return moves.get();
        if ((m = MOVES.matcher(t)).matches()) {
            Optional<LocalDate> d = m.group(1).isEmpty() ? Optional.of(today) : DateWords.read(m.group(1), today);
            return d.map(date -> (Command) new Command.Moves(date)).orElse(null);
        }
        if (t.startsWith("查看")) return dateMeal.meals(t.substring(2), today);
        Command meals = dateMeal.bareMealQuery(t, today);
        return meals != null ? meals : queries.read(t, today);
    }

    /** "3号车在哪", "10号车司机电话多少": the vehicle's card, or null. */
    private static Command car(String t) {
        Matcher m = CAR.matcher(t);
        if (!m.matches()) return null;
        return new Command.Car(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }

    /** 北海线名单, 北海考察名单: a route's list, by the event's own route names and aliases. */
    private Command routeList(String t) {
        if (!t.endsWith("名单")) return null;
        String word = t.substring(0, t.length() - 2).strip();
        if (word.endsWith("考察")) word = word.substring(0, word.length() - 2);
        // an event without visits answers a route's list as /visits does (本次活动没有安排考察线路)
        if (event.visits().isEmpty()) return word.matches("[\\p{IsHan}]{1,6}线") ? new Command.Visits(null) : null;
        return event.routeNamed(word).isPresent() ? new Command.Visits(word) : null;
    }

    /** A command of one day (today when none is given); a word that is not a date makes it unknown. */
    private static Command dated(String word, LocalDate today, String name, Function<LocalDate, Command> command) {
        if (word.isBlank()) return command.apply(today);
        return DateWords.read(word.strip(), today)
                .map(command)
                .orElseGet(() -> new Command.Unknown(name + " " + word.strip()));
    }

    private static Integer number(List<String> args, int i) {
        if (args.size() <= i) return null;
        String n = args.get(i).replace("#", "");
        return n.matches("\\d{1,6}") ? Integer.valueOf(n) : null;
    }
}
