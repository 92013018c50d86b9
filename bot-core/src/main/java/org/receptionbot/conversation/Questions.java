package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Actuals;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Record;

/**
 * The sender's next message after a question: 确认 for held-back records, an option of a two-way
 * question ({@link Choice}, also by button or by a coordinator for the one asked), or the missing
 * field ({@link GapAnswers}).
 */
public final class Questions {
    private static final List<String> YES = List.of("确认", "确认无误", "确定", "是的", "对");
    private final Event event;
    private final PendingQuestions pending;
    private final Intake intake;
    private final Actuals actuals;
    private final Choice choice;
    private final GapAnswers gaps;
    private final Reader reader;
    private final ChoiceReplies replies;
    private final WordyConfirmations confirmations;
    private final ConfirmationOrder order;

    public Questions(
            Event event,
            PendingQuestions pending,
            Intake intake,
            Reader reader,
            Actuals actuals,
            Choice choice,
            VisitAdditions additions) {
        this.event = event;
        this.pending = pending;
        this.intake = intake;
        this.actuals = actuals;
        this.choice = choice;
        this.gaps = new GapAnswers(event, reader, intake, additions);
        this.reader = reader;
        this.replies = new ChoiceReplies(event);
        this.confirmations = new WordyConfirmations(event, pending);
        this.order = new ConfirmationOrder(pending, choice);
    }

    /** Where questions and the other short-lived state between messages are kept. */
    PendingQuestions pending() {
        return pending;
    }

    /** The answer when the message answers a pending question; empty when it is a message of its own. */
    Optional<Answer> answer(String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        Optional<Choice.Option> option = Choice.Option.reply(t);
        Optional<Answer> chosen = option.filter(o -> !(YES.contains(t) && order.later(asked)))
                .flatMap(o -> choose(o, asked.sender().userId(), asked));
        if (chosen.isPresent()) return chosen;
        if (option.isEmpty() && !order.later(asked)) {
            Optional<Answer> replied = replied(t, asked);
            if (replied.isPresent()) return replied;
        }
        if (YES.contains(t) || option.equals(Optional.of(Choice.Option.ADDED)) && VisitAnswers.held(pending, asked)) {
            Optional<Pending> held =
                    pending.take(Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now());
            if (held.isPresent()
                    && (held.get() instanceof Pending.Confirmation || held.get() instanceof Pending.ActualConfirmation))
                return Optional.of(confirm(held.get(), asked));
        }
        Optional<Answer> worded = worded(t, asked);
        if (worded.isPresent()) return worded;
        Optional<Pending> waiting =
                pending.take(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
        Optional<Pending> lapsed =
                pending.take(Keys.lapsed(asked.chat(), asked.sender().userId()), asked.now());
        if (waiting.isPresent() && waiting.get() instanceof Pending.Answer a) {
            Optional<Answer> filled = gaps.fill(a, t, asked);
            // a question for a figure stays open past a message that neither answers it nor reports anything
            if (filled.isEmpty() && gaps.keepsOpen(a, t, asked)) intake.keep(a, asked);
            return filled;
        }
        Optional<Answer> forOther = option.filter(o -> !YES.contains(t)).flatMap(o -> forOther(o, asked));
        if (forOther.isPresent()) return forOther;
        if (option.filter(VisitAnswers::visit).isPresent()) return Optional.of(VisitAnswers.unasked(pending, asked));
        if (lapsed.isPresent()
                && lapsed.get() instanceof Pending.Answer a
                && gaps.filled(a.gaps().get(0), t, asked).isPresent()) {
            return Optional.of(Answer.of(
                    Reply.Kind.REFUSAL,
                    "上一个问题所问的日期已过，“" + a.gaps().get(0).statement().strip() + "”未记录，请重新完整发送一次。"));
        }
        return Optional.empty();
    }

    /**
     * A reply with its answer said anywhere among its words: to the 同车/更正 question ({@link ChoiceReplies#said}), or
     * to a 确认 prompt ({@link WordyConfirmations}): "对 确认 我们跟湖南一辆车", "是的 没错". Words that report something
     * are a message of their own, whatever yes they say ("对 晚上不吃了").
     */
    private Optional<Answer> worded(String t, Asked asked) {
        if (!reader.read(t, asked.now(), asked.sender().delegation()).records().isEmpty()) return Optional.empty();
        Optional<List<Record>> shared = choice.offered(
                Choice.Option.SHARED, asked.chat(), asked.sender().userId(), asked.now());
        if (shared.isPresent()) return replies.said(t, shared.get()).flatMap(read -> answered(read, asked));
        return confirmations.take(t, asked).map(held -> confirm(held, asked));
    }

    /**
     * A reply that leads with an answer of the sender's open two-way question, with words around it ("嗯 新增吧", "新增
     * 是刚到的处长"): the answer chosen, the words after it said back as a note; one that reads two ways is asked again.
     */
    private Optional<Answer> replied(String text, Asked asked) {
        return choice.open(asked.chat(), asked.sender().userId(), asked.now())
                .flatMap(open -> replies.read(text, open))
                .flatMap(read -> answered(read, asked));
    }

    /** The answer chosen with its remark as a note, or the question asked again. */
    private Optional<Answer> answered(ChoiceReplies.Read read, Asked asked) {
        if (read instanceof ChoiceReplies.AskedAgain again)
            return Optional.of(Answer.of(Reply.Kind.QUESTION, again.question()));
        ChoiceReplies.Chosen c = (ChoiceReplies.Chosen) read;
        return choose(c.option(), asked.sender().userId(), asked).map(a -> {
            String note = RemarkNotes.note(c.remark());
            return note.isEmpty() ? a : a.then(note);
        });
    }

    /**
     * The answer when a short message fits the question waiting for this sender (晚饭 for 哪一餐, 32人
     * for 多少人, a route, a bus); taken before the message is read as a command or a query.
     */
    Optional<Answer> fitting(String text, Asked asked) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        if (t.isEmpty() || t.length() > 8) return Optional.empty();
        Optional<Pending> waiting =
                pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now());
        if (waiting.isEmpty() || !(waiting.get() instanceof Pending.Answer a)) return Optional.empty();
        if (gaps.filled(a.gaps().get(0), t, asked).isEmpty()) return Optional.empty();
        return answer(text, asked);
    }

    /**
     * An answer to a question asked of someone else: a coordinator's settles it, saying who answered;
     * anyone else is told whom the question is for, and nothing changes.
     */
    private Optional<Answer> forOther(Choice.Option option, Asked asked) {
        LocalDate to = asked.today().isBefore(event.end()) ? event.end() : asked.today();
        Optional<Source> asking = choice.askedOfOther(option, asked, asked.today(), to);
        if (asking.isEmpty()) return Optional.empty();
        String whom = asking.get().senderName();
        if (!asked.sender().coordinator())
            return Optional.of(Answer.of(Reply.Kind.REFUSAL, "该问题是问" + whom + "的，请" + whom + "本人回复或由协调组答复；未作变更。"));
        return choose(option, asking.get().senderId(), asked)
                .map(a -> a.then("（本问题是问" + whom + "的，由" + asked.sender().name() + "代为答复。）"));
    }

    /** Applies what was held back (records, an actual count) as confirmed, under its original message. */
    Answer confirm(Pending held, Asked asked) {
        if (held instanceof Pending.ActualConfirmation a) return actuals.confirm(a, asked);
        return confirm((Pending.Confirmation) held, asked);
    }

    /** The answer chosen with a button, by the one asked or a coordinator. */
    Answer choose(ButtonAction.Choose pressed, Asked asked) {
        Optional<Choice.Option> option = Choice.Option.code(pressed.option());
        if (option.isEmpty()) return Answer.silence();
        if (!pressed.userId().equals(asked.sender().userId()) && !asked.sender().coordinator())
            return Answer.of(Reply.Kind.REFUSAL, "抱歉，只有发送人本人或协调组可以选择。");
        return choose(option.get(), pressed.userId(), asked)
                .orElse(Answer.of(Reply.Kind.REFUSAL, "该问题已过期或已处理，如需记录请重新发送。"));
    }

    private Optional<Answer> choose(Choice.Option option, String userId, Asked asked) {
        return choice.take(option, asked.chat(), userId, asked)
                .map(held -> held.records().isEmpty() ? Answer.of(option.nothing) : confirm(held, asked));
    }

    /**
     * Applies held records as confirmed: as a version of their message keyed by the confirmation, so that "撤销" right
     * after it takes back what it recorded (as after a figure corrected in answer to the prompt).
     */
    private Answer confirm(Pending.Confirmation c, Asked asked) {
        if (intake.undoneBeside(c.source())) return Answer.of("该条消息已撤销，其中的离开时间未记录，仍按原定。");
        return intake.applyHeld(c.records(), c.source().keyedBy(asked.source().messageKey()), asked, true);
    }
}
