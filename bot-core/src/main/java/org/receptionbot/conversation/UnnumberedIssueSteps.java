package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
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
 * 已通知酒店工程部"): when one pending issue fits ({@link IssuesInWords}) it is read as the numbered words are
 * (acknowledged, or resolved when said 处理好了, 解决了, 修好了); when several fit, the coordinator is asked which number.
 * Words with digits are left to the parser (they may be counts) unless every figure is one the pending issues
 * say (a room: "浙江2208的马桶修好了"); a question ("修好了吗") is no step.
 */
final class UnnumberedIssueSteps {
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９#＃]");
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]+");
    private static final Pattern STEP =
            Pattern.compile("收到|受理|已经?(?:通知|联系|安排|派)|(?:通知|联系|安排)了|办结|解决|处理(?:好|完)了|搞定|修(?:好|复)了?|已经?修复");
    private static final Pattern ASKING = Pattern.compile("[吗么？?]|[了好]没");

    private final Event event;
    private final IssueBook issues;
    private final IssuesInWords words;
    private final CommandParser parser;
    private final Commands commands;

    UnnumberedIssueSteps(Event event, IssueBook issues, CommandParser parser, Commands commands) {
        this.event = event;
        this.issues = issues;
        this.words = new IssuesInWords(event);
        this.parser = parser;
        this.commands = commands;
    }

    /** The answer to a coordinator's step on an unnumbered issue, or empty when the words are not one. */
    Optional<Answer> answer(String text, Asked asked) {
        if (!asked.sender().coordinator()
                || DIGIT.matcher(text).find() && !onlyIssueFigures(text)
                || !STEP.matcher(text).find()
                || ASKING.matcher(text).find()) return Optional.empty();
        List<IssueTicket> named = words.named(text, issues.all());
        if (named.isEmpty()) return words.unmatched(text, issues.all()).map(this::noneOfTheirs);
        if (named.size() > 1) {
            String numbers = named.stream().map(t -> "#" + t.number()).collect(Collectors.joining("、"));
            return Optional.of(Answer.of(
                    "这条消息可能是指问题" + numbers + "，请写明编号，如“" + named.get(0).number() + "号问题收到 已通知酒店”。"));
        }
        int number = named.get(0).number();
        Command step = parser.parse("#" + number + " " + text.strip(), asked.today())
                .filter(c -> c instanceof Command.Ack || c instanceof Command.Done)
                .orElse(new Command.Ack(number, text.strip()));
        return Optional.of(commands.handle(step, asked));
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
        unmatched
                .close()
                .forEach(t -> text.append("\n问题#")
                        .append(t.number())
                        .append(" 【")
                        .append(t.issue().category().label())
                        .append("】")
                        .append(event.delegation(t.issue().delegation())
                                .map(d -> d.name() + "：")
                                .orElse(""))
                        .append(t.issue().text()));
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
