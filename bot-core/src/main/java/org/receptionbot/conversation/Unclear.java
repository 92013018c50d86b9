package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * The answer to a statement that is clearly a report but could not be read: nothing is recorded,
 * and the sender is shown forms that are read, so they can write it again at once. No question is
 * kept waiting: their next message is read as a message of its own.
 */
final class Unclear {

    private Unclear() {}

    /**
     * {@code answer} (what was recorded or asked, possibly nothing) with a line about each statement
     * that was not understood; only to a liaison (of a delegation or of a bus, {@code busLiaison}) or a coordinator,
     * anyone else's talk stays unanswered.
     */
    static Answer add(
            Answer answer,
            List<Gap> unclear,
            Sender sender,
            boolean busLiaison,
            String text,
            Function<String, Optional<String>> questions) {
        if (unclear.isEmpty() || !answered(sender, busLiaison)) return answer;
        if (unclear.size() == 1) {
            Optional<String> question = questions.apply(unclear.get(0).statement());
            if (question.isPresent())
                return answer.silent()
                        ? Answer.of(Reply.Kind.REFUSAL, question.get())
                        : answer.then("另有" + question.get());
        }
        String examples = examples(unclear.get(0).statement(), sender.coordinator());
        if (answer.silent()
                && unclear.size() == 1
                && unclear.get(0).statement().strip().equals(text.strip()))
            return Answer.of(Reply.Kind.REFUSAL, "没能看懂这条消息，未记录。请换个说法再发一次，例如" + examples + "。");
        StringBuilder s = new StringBuilder();
        for (Gap g : unclear) {
            if (s.length() > 0) s.append('\n');
            s.append(answer.silent() ? "" : "另有")
                    .append("“")
                    .append(g.statement().strip())
                    .append("”没能看懂，未记录");
        }
        // Beside what was recorded, say so: a liaison told to send again might report the recorded part twice.
        s.append(
                        answer.silent()
                                ? "。请换个说法再发一次，例如"
                                : answer.text().contains("已记录")
                                        ? "。以上已记录的无需重发；如其中有需要登记的内容，请换个说法单独发一条，例如"
                                        : "。如其中有需要登记的内容，请换个说法单独发一条，例如")
                .append(examples)
                .append("。");
        return answer.silent() ? Answer.of(Reply.Kind.REFUSAL, s.toString()) : answer.then(s.toString());
    }

    /** Whether the bot answers what it could not read of {@code sender}: a coordinator's, a liaison's or a bus liaison's. */
    /** Whether the parser read nothing of {@code parsed} but statements it could not understand, none said now. */
    static boolean only(ParseOutcome parsed) {
        return parsed instanceof ParseOutcome.Incomplete i
                && i.records().isEmpty()
                && i.saidNow() == null
                && !i.gaps().isEmpty()
                && i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.UNCLEAR && g.unread() == null);
    }

    static boolean answered(Sender sender, boolean busLiaison) {
        return sender.coordinator() || sender.delegation() != null || busLiaison;
    }

    /** Two forms the parser reads, near what the statement is about; coordinators name the delegation. */
    private static String examples(String statement, boolean coordinator) {
        String who = coordinator ? "湖南" : "";
        if (statement.contains("车")) return "「3号车实到42人」「" + who + "今晚少5人」";
        if (statement.matches(".*(走|到|离|返|抵).*")) return "「" + who + "明天上午10人先走」「" + who + "今晚少5人」";
        return "「" + who + "今晚少5人」「" + who + "明天午餐30人」";
    }
}
