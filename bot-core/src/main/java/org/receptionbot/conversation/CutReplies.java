package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/**
 * A bare figure answering how many fewer eat at a meal that would leave far fewer diners than it takes off ("47" to
 * the question of 贵州's "中午饭不用算他们", its lunch at 50): the figure is as likely the diners' own, so the cut is
 * held for 确认, the question naming both readings; a report of the diners ("午餐47人") replaces it.
 */
final class CutReplies {
    /** The cut is checked back when what it leaves is less than this share of the diners it starts from. */
    private static final int LEFT_SHARE = 4;

    private final Event event;
    private final MealBoards boards;
    private final RecordText texts;

    CutReplies(Event event, Ledger ledger) {
        this.event = event;
        this.boards = new MealBoards(event, ledger);
        this.texts = new RecordText(event);
    }

    /** The question holding {@code records} (a reply's completed draft) back, or empty when they are to apply. */
    Optional<String> question(List<Record> records, Asked asked) {
        if (records.size() != 1 || !(records.get(0) instanceof MealCancel c) || c.count() == null)
            return Optional.empty();
        Optional<Meal> meal = event.meal(c.meal());
        if (meal.isEmpty() || c.delegation() == null || c.date() == null) return Optional.empty();
        int diners = boards.count(c.date(), meal.get(), c.delegation()).diners();
        int left = diners - c.count();
        if (c.count() <= 0 || left < 0 || c.count() >= diners || left * LEFT_SHARE >= diners) return Optional.empty();
        String label = meal.get().label();
        return Optional.of("请确认：" + texts.describe(c) + "后，" + label + "只剩" + left + "人（原" + diners + "人）。"
                + "\n确认减少" + c.count() + "人请点“确认”或回复“确认”；如果是" + c.count() + "人用餐，请回复“"
                + day(c.date(), asked.today()) + label + c.count() + "人”。");
    }

    /** The day said in the reply offered: none for today's meal, else the day as answers say it. */
    private static String day(LocalDate date, LocalDate today) {
        return date.equals(today) ? "" : Texts.relativeDay(date, today);
    }
}
