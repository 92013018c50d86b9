package org.receptionbot.command;

import java.util.List;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.RecordText;

/**
 * /ack and /done: coordinators move an issue on, and the reporter is told; a meal matter closed is said closed to
 * the caterer's chats its filing told (once: a second /done finds it closed), so that the kitchen knows it is settled.
 */
public final class IssueCommands {
    private final Event event;
    private final IssueLoop loop;
    private final Outbox outbox;
    private final RecordText texts;

    public IssueCommands(Event event, IssueLoop loop, Outbox outbox) {
        this.event = event;
        this.loop = loop;
        this.outbox = outbox;
        this.texts = new RecordText(event);
    }

    Answer ack(Command.Ack a, Asked asked) {
        return ack(a, asked, asked.source().messageRef());
    }

    private Answer ack(Command.Ack a, Asked asked, String ref) {
        if (!asked.sender().coordinator()) return Answer.of("抱歉，问题由协调组受理。");
        if (a.number() == null) return Answer.of("请写明问题编号，如“/ack 12”。");
        var by = step(asked);
        IssueLoop.Outcome outcome =
                loop.acknowledge(a.number(), new IssueTicket.Step(by.userId(), by.name(), by.at(), a.note()), ref);
        String note = a.note() == null ? "正在处理。" : "正在处理：" + a.note();
        return answer(outcome, t -> named(t) + "已由" + asked.sender().name() + "受理，" + note, asked, a.note());
    }

    Answer done(Command.Done d, Asked asked) {
        return done(d, asked, asked.source().messageRef());
    }

    private Answer done(Command.Done d, Asked asked, String ref) {
        if (!asked.sender().coordinator()) return Answer.of("抱歉，问题由协调组办结。");
        if (d.number() == null) return Answer.of("请写明问题编号和处理结果，如“/done 12 已更换房间”。");
        IssueLoop.Outcome outcome = loop.resolve(d.number(), step(asked), d.resolution(), ref);
        String result = d.resolution() == null ? "" : "：" + d.resolution();
        if (outcome instanceof IssueLoop.Outcome.Moved m) tellCaterer(m.ticket(), result, asked);
        return answer(
                outcome, t -> named(t) + "已解决" + result + "（" + asked.sender().name() + "）", asked, d.resolution());
    }

    /**
     * Each issue of {@link Command.Steps} moved on in turn, one answer line for each; the steps after the first are kept
     * under {@link #stepRef} so that 撤销 of the message takes them all back.
     */
    Answer several(Command.Steps s, Asked asked) {
        if (!asked.sender().coordinator())
            return handleOne(s.steps().get(0), asked, asked.source().messageRef());
        Answer answer = null;
        for (int i = 0; i < s.steps().size(); i++) {
            Answer one =
                    handleOne(s.steps().get(i), asked, stepRef(asked.source().messageRef(), i));
            answer = answer == null ? one : new Answer(answer.text() + "\n" + one.text(), firstButtons(answer, one));
        }
        return answer;
    }

    /** Where the {@code i}th (from 0) of several steps said in one message is kept. */
    static String stepRef(String messageRef, int i) {
        return i == 0 ? messageRef : messageRef + "~" + (i + 1);
    }

    private Answer handleOne(Command step, Asked asked, String ref) {
        return step instanceof Command.Done d ? done(d, asked, ref) : ack((Command.Ack) step, asked, ref);
    }

    private static List<Button> firstButtons(Answer a, Answer b) {
        return a.buttons().isEmpty() ? b.buttons() : a.buttons();
    }

    /**
     * Issue {@code from} closed as the same matter as {@code into}, its report and notes carried over to {@code into}
     * ({@link IssueLoop#merge}); the reporter of {@code from} is told, as of any step.
     */
    Answer merge(Command.Merge m, Asked asked) {
        if (!asked.sender().coordinator()) return Answer.of("抱歉，问题由协调组合并。");
        if (m.from() == null || m.into() == null || m.from().equals(m.into()))
            return Answer.of("请写明两个不同的问题编号，如“/merge 15 7”（把15号问题并入7号问题）。");
        // 22号问题和18号是一个事 of two delegations' issues: asked, the /merge that does it offered.
        java.util.Optional<String> other =
                m.inWords() ? TwoTeamsMerge.asked(loop, event, m.from(), m.into()) : java.util.Optional.empty();
        if (other.isPresent()) return Answer.of(other.get());
        IssueLoop.Outcome outcome =
                loop.merge(m.from(), m.into(), step(asked), asked.source().messageRef());
        return answer(
                outcome,
                t -> "问题#" + t.number() + "与#" + m.into() + "是同一件事，已并入问题#" + m.into() + "并关闭，原报和补充已转到#" + m.into() + "（"
                        + asked.sender().name() + "）",
                asked,
                null);
    }

    /** {@code step}'s answer, and for a coordinator the way to close the issue said to be the same matter. */
    Answer sameAs(Answer step, Command.SameAs s, Asked asked) {
        if (!asked.sender().coordinator()) return step;
        int kept = s.step() instanceof Command.Ack a ? a.number() : ((Command.Done) s.step()).number();
        return step.then(
                "问题#" + s.same() + "与#" + kept + "是同一件事，未作改动；如需关闭，请发送“/done " + s.same() + " 同" + kept + "号问题”。");
    }

    /**
     * The answer to the coordinator, with 撤销 under it; the reporter, when in another chat, is told there in reply to
     * the report (in the same chat the one answer names the reporter, so the text is not shown twice). A packed order
     * moved on with a fault's words ({@code note}: 热水已修好) is said to be a packed order, in case the number slipped.
     */
    private Answer answer(
            IssueLoop.Outcome outcome,
            java.util.function.Function<IssueTicket, String> told,
            Asked asked,
            String note) {
        if (outcome instanceof IssueLoop.Outcome.NotFound n)
            return Answer.of("没有编号为" + n.number() + "的问题。发送“问题清单”可查看待处理问题。");
        if (outcome instanceof IssueLoop.Outcome.Closed c) {
            return Answer.of(
                    "问题#" + c.ticket().number() + "已是“" + c.ticket().state().label() + "”状态，无需再处理。");
        }
        IssueTicket t = ((IssueLoop.Outcome.Moved) outcome).ticket();
        String text = told.apply(t);
        String reporter = t.reported().senderName();
        List<Button> undo =
                List.of(new Button("撤销", new ButtonAction.Undo(asked.source().messageId())));
        String what = texts.describe(t.issue());
        String packed = packed(t) && FaultWording.fault(note)
                ? "\n注：#" + t.number() + "是打包订餐（餐饮需求），不是住宿、车辆等故障问题；如本想处理其他问题，请点“撤销”后按编号重发。"
                : "";
        if (t.reported().chat().equals(asked.chat()))
            return new Answer("已更新：" + text + "\n" + what + "（报告人：" + reporter + "）" + packed, undo);
        outbox.send(Reply.text(t.reported().chat(), t.reported().messageId(), text + "\n" + what));
        return new Answer("已更新：" + text + "\n" + what + "（已通知报告人" + reporter + "）" + packed, undo);
    }

    /** "问题#3", or "问题#3（打包订餐）" for packed portions filed with the problems (they share the numbering). */
    private String named(IssueTicket t) {
        return "问题#" + t.number() + (packed(t) ? "（打包订餐）" : "");
    }

    /** Whether {@code t} is a request for packed portions ({@link PackedOrder}), not a fault to fix. */
    private boolean packed(IssueTicket t) {
        return PackedOrder.of(t.issue(), t.reported().at(), event).isPresent();
    }

    /** "【餐饮需求】问题#3已处理（田卫东 19:40）：…": to each caterer's chat other than the coordinator's and reporter's. */
    private void tellCaterer(IssueTicket t, String result, Asked asked) {
        if (t.issue().category() != IssueCategory.MEAL) return;
        String text = "【餐饮需求】问题#" + t.number() + "已处理" + result + "（"
                + asked.sender().name() + " " + texts.clock(asked.now()) + "）：" + texts.describe(t.issue());
        event.chats().stream()
                .filter(c -> c.role() == ChatDef.Role.CATERER)
                .map(c -> new ChatRef(c.platform(), c.id()))
                .filter(c -> !c.equals(asked.chat()) && !c.equals(t.reported().chat()))
                .distinct()
                .forEach(c -> outbox.send(Reply.notice(c, text)));
    }

    private static IssueTicket.Step step(Asked asked) {
        return new IssueTicket.Step(asked.sender().userId(), asked.sender().name(), asked.now());
    }
}
