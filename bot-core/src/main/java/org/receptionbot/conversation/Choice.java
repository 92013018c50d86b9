package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingKey;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A question with two answers, each with the records it would apply; the sender chooses with a
 * button or a reply. Each answer's records wait under a key of their own, so choosing one takes
 * both; the question's subject (the records it asks about) waits under a third
 * key, listed with the held reports, so the boards show it as 待确认 until it is answered, a newer
 * report takes its place ({@link Holds#replacedBy}), a new question to the same sender replaces it,
 * or its day has passed. A late answer still applies.
 */
public final class Choice {
    private static final String ASKED = "ASKED";
    private final PendingQuestions pending;
    private final HeldFigures held;
    private final RecordText texts;

    public Choice(PendingQuestions pending, HeldFigures held, RecordText texts) {
        this.pending = pending;
        this.held = held;
        this.texts = texts;
    }

    /** One of two answers: its replies, its pair, and what is said when it applies nothing. */
    enum Option {
        PLANNED("p", "REPORTED", "", "按原计划", "原计划", "按计划", "照常"),
        REPORTED("r", "PLANNED", "已保留已报人数，未作变更。", "按已报", "已报", "按已报人数", "保持"),
        AGAIN("y", "ONCE", "", "是", "是的", "对", "确认", "再减", "再加"),
        ONCE("n", "AGAIN", "好的，未重复记录。", "否", "不是", "不用", "不", "重复了"),
        ADDED("a", "SWITCHED", "", "新增", "新增人员", "另外新增", "新加", "增加", "加人"),
        SWITCHED("s", "ADDED", "", "调整", "调过来", "调线", "改线", "换线", "从其他线路调整"),
        SHARED("t", "REPLACED", "", "同车", "是同车", "一起", "一辆车", "同一辆车", "坐一起", "一起坐", "一起走", "同乘"),
        REPLACED("c", "SHARED", "", "更正", "是更正", "代报", "全车", "全车人数", "是全车人数");

        private final String code;
        private final String other;
        final String nothing;
        private final List<String> replies;

        Option(String code, String other, String nothing, String... replies) {
            this.code = code;
            this.other = other;
            this.nothing = nothing;
            this.replies = List.of(replies);
        }

        Option other() {
            return valueOf(other);
        }

        /** The reply that names this answer in a question ("新增", "按原计划"). */
        String word() {
            return replies.get(0);
        }

        /** The question in a few words, after 待其 or 请其 on the boards. */
        String awaited() {
            return switch (this) {
                case PLANNED, REPORTED -> "选择按已报或按原计划";
                case AGAIN, ONCE -> "答复是否再次记录";
                case ADDED, SWITCHED -> "选择新增或调整";
                case SHARED, REPLACED -> "选择同车或更正";
            };
        }

        /** The option a reply chooses ("按原计划", "是"), if it is one of the replies. */
        static Optional<Option> reply(String text) {
            return Arrays.stream(values()).filter(o -> o.replies.contains(text)).findFirst();
        }

        static Optional<Option> code(String code) {
            return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
        }
    }

    /** An answer offered: its button's label and the records it applies (none for "keep as it is"). */
    record Offer(Option option, String label, List<Record> records) {}

    /**
     * Holds both offers for the sender, and the question's {@code subject} (the records it asks
     * about, as read) as 待确认, and returns the
     * question with a button for each; an earlier question still open for the sender is replaced,
     * and the question says so.
     */
    Answer ask(String question, Asked asked, List<Record> subject, Offer first, Offer second) {
        ChatRef chat = asked.chat();
        String user = asked.sender().userId();
        String dropped = settle(pending, chat, user, asked.now())
                .filter(earlier ->
                        !earlier.source().messageRef().equals(asked.source().messageRef()))
                .map(this::dropped)
                .orElse("");
        Instant until = held.until(subject, asked.source(), asked.now());
        for (Offer o : List.of(first, second))
            pending.put(
                    key(o.option().name(), chat, user), new Pending.Confirmation(o.records(), asked.source()), until);
        held.hold(
                key(ASKED, chat, user),
                new Pending.Confirmation(subject, asked.source(), first.option().awaited()),
                asked.now());
        String text = question + "\n回答前不作变更，汇总中列为“待确认”；所报日期结束前回答均有效。" + dropped;
        return new Answer(text, List.of(button(first, user), button(second, user)), Reply.Kind.QUESTION, null);
    }

    /** The records held for {@code option} of this user's question, taking the other answer away too. */
    Optional<Pending.Confirmation> take(Option option, ChatRef chat, String userId, Asked asked) {
        pending.take(key(option.other().name(), chat, userId), asked.now());
        Optional<Pending> chosen = pending.take(key(option.name(), chat, userId), asked.now());
        if (chosen.isPresent()) pending.take(key(ASKED, chat, userId), asked.now());
        return chosen.filter(Pending.Confirmation.class::isInstance).map(Pending.Confirmation.class::cast);
    }

    /** The records {@code option} of this user's open question would apply, if that option is open at {@code now}. */
    Optional<List<Record>> offered(Option option, ChatRef chat, String userId, Instant now) {
        return pending.peek(key(option.name(), chat, userId), now)
                .filter(Pending.Confirmation.class::isInstance)
                .map(p -> ((Pending.Confirmation) p).records());
    }

    /** When the sender's open question was asked, if one is open at {@code now}. */
    Optional<Instant> askedAt(ChatRef chat, String userId, Instant now) {
        return pending.peek(key(ASKED, chat, userId), now)
                .filter(Pending.Confirmation.class::isInstance)
                .map(p -> ((Pending.Confirmation) p).source().at());
    }

    /** One answer of an open question, with the records it applies. */
    record Offered(Option option, List<Record> records) {}

    /** The sender's open question: its two answers, in the order of {@link Option}; empty when none is open. */
    Optional<List<Offered>> open(ChatRef chat, String userId, Instant now) {
        if (askedAt(chat, userId, now).isEmpty()) return Optional.empty();
        List<Offered> offered = new java.util.ArrayList<>();
        for (Option o : Option.values())
            pending.peek(key(o.name(), chat, userId), now)
                    .filter(Pending.Confirmation.class::isInstance)
                    .ifPresent(p -> offered.add(new Offered(o, ((Pending.Confirmation) p).records())));
        return offered.size() == 2 ? Optional.of(List.copyOf(offered)) : Optional.empty();
    }

    /** The message asked about in the latest question open in the chat for someone else that {@code option} answers. */
    Optional<Source> askedOfOther(Option option, Asked asked, LocalDate from, LocalDate to) {
        return new OthersQuestions(pending, held)
                .latest(option, asked.chat(), asked.sender().userId(), from, to, asked.now());
    }

    /** Takes away the sender's open question, both answers with it; its subject, if one was open. */
    static Optional<Pending.Confirmation> settle(PendingQuestions pending, ChatRef chat, String userId, Instant now) {
        for (Option o : Option.values()) pending.take(key(o.name(), chat, userId), now);
        return pending.take(key(ASKED, chat, userId), now)
                .filter(Pending.Confirmation.class::isInstance)
                .map(Pending.Confirmation.class::cast);
    }

    private String dropped(Pending.Confirmation earlier) {
        List<String> lines = earlier.records().stream().map(texts::describe).toList();
        return "\n（您此前待回答的“" + String.join("；", lines) + "”已由本条代替，未记录；如仍需记录请重新发送。）";
    }

    private static Button button(Offer o, String user) {
        return new Button(o.label(), new ButtonAction.Choose(o.option().code, user));
    }

    private static String key(String option, ChatRef chat, String userId) {
        return new PendingKey.Choice(option, chat, userId).text();
    }
}
