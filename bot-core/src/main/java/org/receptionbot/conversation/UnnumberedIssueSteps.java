package org.receptionbot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.Command;
import org.receptionbot.command.CommandParser;
import org.receptionbot.command.Commands;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;

/**
 * A coordinator's step on a problem named by its delegation or topic instead of its number ("湖南那个空调的问题收到了
 * 已通知酒店工程部"): when one pending issue fits ({@link IssuesInWords}), or several and one of them was just
 * reported ({@link LatestFitting}), it is read as the numbered words are
 * (acknowledged, or resolved when said 处理好了, 解决了, 修好了), its note only what the words add besides naming it
 * ({@link StepNotes}); when several fit, the coordinator is asked which number. Words with digits are left to the
 * parser (they may be counts) unless every figure is a vehicle, room, time or phone ({@link PlaceFigures}: "广西那个崴脚的
 * 收到了 已安排6号车彭师傅过去接") or one the pending issues say; a room said that no issue fitting the words says is no
 * step on them; a question ("修好了吗") is no step.
 */
final class UnnumberedIssueSteps {
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９#＃]");
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]+");
    private static final Pattern STEP =
            Pattern.compile("收到|受理|已经?(?:通知|联系|安排|派)|(?:通知|联系|安排)了|办结|解决|处理(?:好|完)了|搞定|修(?:好|复)了?|已经?修复");
    /** An issue's number opening the words, with 号 or before another's: "3号 收到", "3、7号", "3号和7号". */
    private static final Pattern LEADING =
            Pattern.compile("^\\s*(\\d{1,3})\\s*(?:号(?![车房楼层床线门桌厅])|(?=[、和跟与及]\\s*\\d{1,3}\\s*号))");

    private static final Pattern ASKING = Pattern.compile("[吗么？?]|[了好]没");
    /** Words of a movement: with digits beside them, a report for the parser however an issue is named. */
    private static final Pattern MOVEMENT = Pattern.compile("离开|离会|返程|抵达|到达|退房|全团|[点半]走");

    private final Event event;
    private final IssueBook issues;
    private final IssuesInWords words;
    private final CommandParser parser;
    private final Commands commands;
    private final StepNotes notes;

    UnnumberedIssueSteps(Event event, IssueBook issues, CommandParser parser, Commands commands) {
        this.event = event;
        this.issues = issues;
        this.words = new IssuesInWords(event);
        this.parser = parser;
        this.commands = commands;
        this.notes = new StepNotes(event);
    }

    /** The answer to a coordinator's step on an unnumbered issue, or empty when the words are not one. */
    Optional<Answer> answer(String text, Asked asked) {
        if (!asked.sender().coordinator()
                || !STEP.matcher(text).find()
                || ASKING.matcher(text).find()) return Optional.empty();
        Optional<Answer> led = numberFirst(text, asked);
        if (led.isPresent()) return led;
        if (DIGIT.matcher(text).find() && !figuresAllowed(text)) return Optional.empty();
        List<IssueTicket> fitting = words.named(text, issues.all());
        if (fitting.isEmpty()) return words.unmatched(text, issues.all()).map(this::noneOfTheirs);
        List<IssueTicket> named = inRoomSaid(text, fitting);
        if (named.isEmpty()) return Optional.of(otherRoom(fitting));
        Optional<IssueTicket> latest = named.size() > 1 ? LatestFitting.of(named, asked.now()) : Optional.empty();
        if (named.size() > 1 && latest.isEmpty()) return Optional.of(which(named));
        IssueTicket ticket = latest.orElse(named.get(0));
        int number = ticket.number();
        String note = notes.note(text, ticket);
        Command step = parser.parse("#" + number + " " + text.strip(), asked.today())
                .filter(c -> c instanceof Command.Ack || c instanceof Command.Done)
                .<Command>map(
                        c -> c instanceof Command.Done ? new Command.Done(number, note) : new Command.Ack(number, note))
                .orElse(new Command.Ack(number, note));
        return Optional.of(commands.handle(step, asked));
    }

    /**
     * "3号 收到 已让九院餐厅送粥", "3号和7号 处理好了": words that open with the numbers of issues there are, a step
     * word after them, read as the numbered step on each ("#3 收到 …"); empty when they open otherwise.
     */
    private Optional<Answer> numberFirst(String text, Asked asked) {
        Matcher m = LEADING.matcher(text);
        if (!m.find() || issues.find(Integer.parseInt(m.group(1))).isEmpty()) return Optional.empty();
        String numbered = "#" + m.group(1) + " " + text.substring(m.end()).strip();
        return parser.parse(numbered, asked.today())
                .filter(c -> c instanceof Command.Ack || c instanceof Command.Done || c instanceof Command.Steps)
                .filter(c ->
                        !(c instanceof Command.Steps s) || s.steps().stream().allMatch(this::exists))
                .map(c -> commands.handle(c, asked));
    }

    private boolean exists(Command step) {
        int number = step instanceof Command.Done d ? d.number() : ((Command.Ack) step).number();
        return issues.find(number).isPresent();
    }

    /** Figures a step may say: vehicles, rooms, times and phones with no movement beside them, or the issues' own. */
    private boolean figuresAllowed(String text) {
        return PlaceFigures.only(text) && !MOVEMENT.matcher(text).find() || onlyIssueFigures(text);
    }

    /**
     * Of the issues that fit, those whose room is one the words say: all when the words say no room; an issue naming
     * no room stays.
     */
    private static List<IssueTicket> inRoomSaid(String text, List<IssueTicket> fitting) {
        Set<String> said = PlaceFigures.rooms(text);
        if (said.isEmpty()) return fitting;
        return fitting.stream()
                .filter(t -> {
                    Set<String> rooms =
                            new HashSet<>(PlaceFigures.rooms(t.issue().text()));
                    t.followUps()
                            .forEach(f ->
                                    rooms.addAll(PlaceFigures.rooms(f.issue().text())));
                    return rooms.isEmpty() || rooms.stream().anyMatch(said::contains);
                })
                .toList();
    }

    /** Several issues fit: the coordinator is asked which, each named by its number and words; nothing changes. */
    private Answer which(List<IssueTicket> named) {
        String numbers = named.stream().map(t -> "#" + t.number()).collect(Collectors.joining("、"));
        StringBuilder text = new StringBuilder("这条消息可能是指问题" + numbers + "，未作变更。");
        named.forEach(t -> text.append("\n").append(line(t)));
        return Answer.of(text.append("\n请写明编号，如“")
                .append(named.get(0).number())
                .append("号问题收到 已通知酒店”。")
                .toString());
    }

    /** The issues that fit name another room than the words: nothing changes, and the coordinator is told which fit. */
    private Answer otherRoom(List<IssueTicket> fitting) {
        StringBuilder text = new StringBuilder("所说的房间号与待处理问题不符，未作变更。相近的是：");
        fitting.forEach(t -> text.append("\n").append(line(t)));
        return Answer.of(text.append("\n如是指该问题，请写明编号，如“")
                .append(fitting.get(0).number())
                .append("号问题收到”。")
                .toString());
    }

    private String line(IssueTicket t) {
        return "问题#" + t.number() + " 【" + t.issue().category().label() + "】"
                + event.delegation(t.issue().delegation())
                        .map(d -> d.name() + "：")
                        .orElse("")
                + t.issue().text();
    }

    /**
     * A step on a delegation's problem it does not have: said so, with the close match of another delegation named, so
     * the coordinator is not left without an answer; nothing changes.
     */
    private Answer noneOfTheirs(IssuesInWords.Unmatched unmatched) {
        String who = unmatched.named().stream().map(d -> d.name()).collect(Collectors.joining("、"));
        StringBuilder text = new StringBuilder(who + "没有与此相符的待处理问题，未作变更。");
        if (unmatched.close().isEmpty())
            return Answer.of(text.append("发送“/issues”可查看待处理的问题。").toString());
        IssueTicket first = unmatched.close().get(0);
        text.append("相近的是：");
        unmatched.close().forEach(t -> text.append("\n").append(line(t)));
        return Answer.of(text.append("\n如是指该问题，请写明编号，如“")
                .append(first.number())
                .append("号问题收到”。")
                .toString());
    }

    /** Whether every figure in {@code text} is said by a pending issue (its room), and there is no #. */
    private boolean onlyIssueFigures(String text) {
        if (text.contains("#") || text.contains("＃")) return false;
        List<String> said = issues.all().stream()
                .filter(IssueTicket::pending)
                .map(t -> t.issue().text())
                .toList();
        return FIGURE.matcher(text)
                .results()
                .allMatch(f -> f.group().length() >= 3 && said.stream().anyMatch(s -> s.contains(f.group())));
    }
}
