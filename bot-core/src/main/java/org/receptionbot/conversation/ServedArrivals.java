package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot.Serving;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;

/**
 * More people coming to eat at a meal while it is being served than its reported figure ("贵州中午临时回来吃了 50个人" at
 * 12:20 after the lunch was cancelled): the report is not recorded, as any report of a served meal ({@link
 * org.receptionbot.ledger.Settlement}), but the kitchen must hear it now. The coordinators' and the caterer's chats are
 * told at once, marked as arriving during service, and the sender's answer says who was told. A figure below the
 * reported one, or one said after the serving ended, is left to the plain refusal.
 */
final class ServedArrivals {
    private final Event event;
    private final MealBoards boards;
    private final RecordText texts;

    ServedArrivals(Event event, Ledger ledger) {
        this.event = event;
        this.boards = new MealBoards(event, ledger);
        this.texts = new RecordText(event);
    }

    /**
     * Tells the coordinators and the caterer of the {@code refused} reports that bring more diners to a meal in progress
     * at {@code now}; the line for the answer, naming who was told, or empty when none does.
     */
    Optional<String> relay(List<Record> refused, Asked asked, Instant now, String text, Notices notices) {
        List<String> lines = new ArrayList<>();
        List<String> again = new ArrayList<>();
        for (Map.Entry<Serving, List<MealRecord>> e : Serving.of(refused).entrySet()) {
            Serving s = e.getKey();
            Meal meal = event.meal(s.meal()).orElseThrow();
            if (!inProgress(s, meal, now)) continue;
            int stands = boards.count(s.date(), meal, s.delegation()).diners();
            Optional<Integer> coming = implied(stands, e.getValue());
            if (coming.isEmpty() || coming.get() <= stands) continue;
            String serving = texts.serving(e.getValue().get(0));
            // 不对 中午是47个人吃, then the coordinator's 贵州午饭按47: the same people told of once, not twice
            if (!notices.first(key(s, coming.get()))) {
                again.add(serving + "现有" + coming.get() + "人到场用餐");
                continue;
            }
            lines.add(
                    serving + "正在开餐，报餐" + stands + "人；现有" + coming.get() + "人到场用餐（多" + (coming.get() - stands) + "人）");
        }
        if (lines.isEmpty())
            return again.isEmpty() ? Optional.empty() : Optional.of(String.join("；", again) + "，此前已转告，本次未重复通知。");
        String body = String.join("\n", lines) + "\n请餐厅即刻准备。报餐人数是结算依据，实际就餐人数请用 /actual 登记。"
                + (text == null ? "" : "\n原话：“" + text.strip() + "”");
        List<String> told = notices.relay("【开餐中到场】", body, asked);
        if (told.isEmpty()) return Optional.empty();
        return Optional.of("开餐期间到场用餐的人数已转告" + String.join("和", told) + "，由其安排并登记实际就餐人数。");
    }

    /** What a relay of {@code coming} people at the serving is remembered by, so that it is told once. */
    private static String key(Serving s, int coming) {
        return "served-arrival:" + s.date() + ":" + s.meal() + ":" + s.delegation() + ":" + coming;
    }

    private boolean inProgress(Serving s, Meal meal, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, event.zone());
        return !s.date().atTime(meal.serveFrom()).isAfter(at)
                && s.date().atTime(meal.serveTo()).isAfter(at);
    }

    /** The figure the reports would have given; empty when they give none (照常, a cut). */
    private static Optional<Integer> implied(int stands, List<MealRecord> records) {
        Integer n = null;
        for (MealRecord r : records) {
            if (r instanceof MealCount c && !c.asPlanned() && c.count() != null) n = c.count();
            else if (r instanceof MealAdd a) n = (n == null ? stands : n) + a.count();
            else return Optional.empty();
        }
        return Optional.ofNullable(n);
    }
}
