package org.receptionbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingKey;
import org.receptionbot.ledger.PendingQuestions;

/**
 * A bare 确认 when nothing waits for it (no held report, bind request or question) is answered plainly instead of left
 * silent: a coordinator's 确认 (确认无误, 确定, 确认绑定, 同意) always; a liaison's or a bus liaison's bare 确认 (确认无误,
 * 确定) only when the bot has not answered them for {@link #WINDOW}: right after an answer of the bot it confirms that
 * answer, and a 确认 in reply to a message is said to its sender. A liaison's bare 确认 after the 【离会确认】 that listed
 * their team confirms its departure there ({@link DepartureCheckReplies}) instead. 好的, 对, 是的 are the group's
 * acknowledgements of each other and of notices (a 【离会确认】 included) and are never answered; nor is talk around a yes
 * ("好的收到"). A yes with 收到 ("安徽收到 确认无误") or the team named with 👌 alone ("宁夏👌") confirms only after the
 * 【离会确认】, as 没变化 does.
 */
final class NothingToConfirm {
    /** How long after the bot's answer to a sender their bare yes is taken as acknowledging it. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final List<String> COORDINATOR_WORDS = List.of("确认", "确认无误", "确定", "确认绑定", "同意", "同意绑定");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}]");
    private static final List<String> LIAISON_WORDS = List.of("确认", "确认无误", "确定");
    /**
     * A liaison's "no change" (没变化, 不变, 无误): a yes to the 【离会确认】 that listed their team, and nothing at any
     * other time (it may answer anyone).
     */
    private static final List<String> UNCHANGED = List.of(
            "没变化", "没有变化", "无变化", "不变", "没变", "都没变", "照旧", "按原计划", "没问题", "无误", "确认没变化", "确认不变", "没有变", "确认没问题");

    /** A yes said with 收到 ("安徽收到 确认无误"): a yes to the 【离会确认】 that listed the team, and nothing at any other time. */
    private static final List<String> RECEIVED_YES =
            List.of("收到确认", "收到确认无误", "确认收到", "收到无误", "收到没问题", "收到没变化", "收到不变", "收到确定");

    private final Event event;
    private final DelegationNames names;
    private final PendingQuestions pending;
    private final DepartureCheckReplies departureChecks;

    NothingToConfirm(Event event, PendingQuestions pending, DepartureCheckReplies departureChecks) {
        this.event = event;
        this.names = new DelegationNames(event);
        this.pending = pending;
        this.departureChecks = departureChecks;
    }

    /** {@code read} as it is, or the plain answer when it is silent and {@code text} is a bare yes confirming nothing. */
    Answer or(Answer read, String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,～~]+$", "");
        // 没变化 alone is not understood as a report; after the 【离会确认】 it is a yes all the same.
        if (read.kind() == Reply.Kind.REFUSAL && !asked.sender().coordinator() && UNCHANGED.contains(t))
            return departureChecks.answer(text, asked).orElse(read);
        if (!read.silent()) return read;
        // 宁夏👌: the team named with the OK sign alone
        boolean okSign = !asked.sender().coordinator()
                && t.contains("👌")
                && names.find(NOT_WORDS.matcher(t).replaceAll(""))
                        .filter(d -> d.id().equals(asked.sender().delegation()))
                        .isPresent();
        if (!asked.sender().coordinator()) t = bare(t, asked.sender().delegation());
        if (asked.sender().coordinator())
            return COORDINATOR_WORDS.contains(t) ? Answer.of(Reply.Kind.ANSWER, "当前没有待确认的事项。") : read;
        boolean liaison = asked.sender().delegation() != null || BusPickups.reporter(event, asked);
        boolean unchanged = UNCHANGED.contains(t) || RECEIVED_YES.contains(t) || okSign;
        if (!liaison || !(LIAISON_WORDS.contains(t) || unchanged) || asked.replyTo() != null || answeredLately(asked))
            return read;
        if (unchanged) return departureChecks.answer(text, asked).orElse(read);
        return departureChecks
                .answer(text, asked)
                .orElseGet(() -> Answer.of(Reply.Kind.ANSWER, "目前没有待您确认的内容。如需确认抵达或离开的车次/航班，请写明，例如「确认 G1118」。"));
    }

    /**
     * A liaison's yes as its words alone: emoji, spaces and marks dropped, and the sender's own team named before it
     * ("宁夏👌确认", "上海队 确认", "江西的 确认无误" are 确认).
     */
    private String bare(String text, String own) {
        String t = NOT_WORDS.matcher(text).replaceAll("");
        if (own == null) return t;
        String after = event.delegation(own).flatMap(d -> names.after(d, t)).orElse(t);
        // 江西的 确认无误: the team's 的 before the yes.
        return after.length() < t.length() && after.startsWith("的") ? after.substring(1) : after;
    }

    /** Notes that the bot answered the sender's message (when {@code said} is not silent). */
    void answered(Asked asked, Answer said) {
        if (said.silent()) return;
        pending.put(
                key(asked), new Pending.Answered(asked.source()), asked.now().plus(WINDOW));
    }

    private boolean answeredLately(Asked asked) {
        return pending.peek(key(asked), asked.now()).isPresent();
    }

    private static String key(Asked asked) {
        return new PendingKey.Answered(asked.chat(), asked.sender().userId()).text();
    }
}
