package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Departure;

/**
 * The amount a departure was moved by, corrected ("安徽那个改一下 不是推迟一小时 推迟两个小时", "不是提前半小时 是提前一小时",
 * "说错了 推迟两个小时 不是一个小时"): the move is from where the departure stood before it, not on top of the hour just
 * recorded, so the new hour is the recorded one less the amount taken back plus the amount meant (09:30 moved 1 hour to
 * 10:30, corrected to 2 hours: 11:30). The departure is the one of the message replied to, or of the sender's last
 * message: when that was more than 10 minutes ago, only when the amount taken back leads from the plan to it. It is
 * corrected in place as an edit of that message would ({@link CorrectedReports#amend}). A message with other words than
 * the team, the amounts and fillers, or a question, is not read here.
 */
final class CorrectedShifts {
    private static final Duration RECENT = Duration.ofMinutes(10);
    private static final String WORD = "(提前|提早|早|推迟|推后|延后|延迟|晚点|晚)?";
    private static final String AMOUNT =
            "(?:(半)个?(?:小时|钟头)|([0-9一二两三四五六七八九十]{1,2})个?(半)?(?:小时|钟头)" + "|([0-9一二两三四五六七八九十]{1,3})分钟)";
    /** The amount taken back: "不是推迟一小时", "不是一个小时" ("是不是…" asks). */
    private static final Pattern DENIED = Pattern.compile("(?<!是)不是\\s*" + WORD + "\\s*" + AMOUNT);
    /** The amount meant: "推迟两个小时", "是两个小时", "应该是提前一小时". */
    private static final Pattern MEANT =
            Pattern.compile("(?:应该是|应为|改成|改为|是)?\\s*" + WORD + "\\s*" + AMOUNT + "(?:才对)?");
    /** Words that may stand around the amounts and say nothing of their own. */
    private static final Pattern FILLER = Pattern.compile("那个|那边|这个|一下|改下|不对|说错了|搞错了|写错了|打错了|弄错了|错了|"
            + "刚才|刚刚|我们|代表团|出发|离开|时间|明天|今天|明早|不好意思|抱歉|应该|更正|纠正|修改|[哦噢啊呃的是走了再要改团队]");

    private static final Pattern REST = Pattern.compile("[\\s，,。.！!：:～~]*");

    private final Event event;
    private final Ledger ledger;
    private final PendingQuestions pending;
    private final CorrectedReports reports;

    CorrectedShifts(Event event, Ledger ledger, PendingQuestions pending, CorrectedReports reports) {
        this.event = event;
        this.ledger = ledger;
        this.pending = pending;
        this.reports = reports;
    }

    /** The answer when {@code text} corrects the amount a departure moved by; empty when it does not. */
    Optional<Answer> answer(String text, Asked asked) {
        Optional<Duration[]> amounts = amounts(text);
        if (amounts.isEmpty()) return Optional.empty();
        Duration denied = amounts.get()[0];
        Duration meant = amounts.get()[1];
        Optional<String> replied = Optional.ofNullable(asked.replyTo())
                .map(id -> Source.messageRef(asked.chat(), id))
                .filter(ref -> !ledger.activeEntriesOf(ref).isEmpty());
        List<Entry> moves = replied
                .or(() -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()))
                .map(ledger::activeEntriesOf)
                .orElse(List.of())
                .stream()
                .filter(e -> e.record() instanceof Departure d && d.time() != null)
                .toList();
        Departure d = moves.size() == 1 ? (Departure) moves.get(0).record() : null;
        boolean known = d != null
                && (replied.isPresent()
                        || !moves.get(0).source().at().isBefore(asked.now().minus(RECENT))
                        || fromPlan(d, denied));
        if (!known || !named(text, d.delegation())) {
            if (pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now())
                    .isPresent()) return Optional.empty();
            return Optional.of(Answer.of(Reply.Kind.REFUSAL, "未更正：不能确定要改哪一次离开时间的调整。请直接写新的出发时间，例如「明天出发时间改为11点半」。"));
        }
        LocalTime time = d.time().minus(denied).plus(meant);
        return Optional.of(reports.amend(
                moves,
                List.of(new Departure(d.delegation(), d.date(), time, d.count(), d.transport(), d.part())),
                text,
                asked));
    }

    /** The amounts taken back and meant, signed (earlier negative); empty when the text is not such a correction. */
    private Optional<Duration[]> amounts(String text) {
        Matcher no = DENIED.matcher(text);
        if (!no.find()) return Optional.empty();
        String rest = text.substring(0, no.start()) + "|" + text.substring(no.end());
        Matcher yes = MEANT.matcher(rest);
        if (!yes.find()) return Optional.empty();
        String word = yes.group(1) != null ? yes.group(1) : no.group(1);
        String deniedWord = no.group(1) != null ? no.group(1) : yes.group(1);
        if (word == null) return Optional.empty();
        String left = rest.substring(0, yes.start()) + rest.substring(yes.end());
        if (MEANT.matcher(left).find()
                || !REST.matcher(FILLER.matcher(withoutTeams(left))
                                .replaceAll("")
                                .replace("|", ""))
                        .matches()) return Optional.empty();
        Duration a = signed(deniedWord, amount(no, 2));
        Duration b = signed(word, amount(yes, 2));
        return a.isZero() || b.isZero() || a.equals(b) ? Optional.empty() : Optional.of(new Duration[] {a, b});
    }

    /** Whether the amount taken back leads from the team's planned hour that day to the hour recorded. */
    private boolean fromPlan(Departure d, Duration denied) {
        Plan plan = event.delegation(d.delegation()).map(Delegation::departure).orElse(null);
        return plan != null
                && plan.time() != null
                && d.date().equals(plan.date())
                && plan.time().plus(denied).equals(d.time());
    }

    /** Whether the text names no other delegation than {@code delegation}. */
    private boolean named(String text, String delegation) {
        for (Delegation x : event.delegations())
            if (!x.id().equals(delegation) && x.words().stream().anyMatch(text::contains)) return false;
        return true;
    }

    private String withoutTeams(String text) {
        List<String> words = new ArrayList<>();
        for (Delegation x : event.delegations()) words.addAll(x.words());
        words.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String w : words) out = out.replace(w, "");
        return out;
    }

    private static Duration amount(Matcher m, int from) {
        if (m.group(from) != null) return Duration.ofMinutes(30);
        if (m.group(from + 1) != null)
            return Duration.ofHours(Numbers.read(m.group(from + 1)).orElse(0))
                    .plusMinutes(m.group(from + 2) == null ? 0 : 30);
        return Duration.ofMinutes(Numbers.read(m.group(from + 3)).orElse(0));
    }

    private static Duration signed(String word, Duration by) {
        return word.startsWith("提") || word.equals("早") ? by.negated() : by;
    }
}
