package org.receptionbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;

/** The coordinators' reminders: create, list, delete, and say them when due. */
public final class Reminders {

    // The notice already starts with 【提醒】: "提醒大家带好参赛证" is said as "带好参赛证".
    private static final Pattern LEADING_REMIND = Pattern.compile("^提醒(大家|各位|一下)?[：:，,\\s]*");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Event event;
    private final DueTimes dueTimes;
    private final ReminderStore store;
    private final ReminderTimer timer;
    private final Outbox outbox;
    private final Duration grace;

    /** A day and what to say, with no clock time: "明天 各团交住宿费", "11-24 各团交住宿费". */
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(今天|明天|后天|\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[日号]|\\d{1,2}[-/]\\d{1,2})\\s*([^0-9:：点时]\\S*(?:\\s+\\S+)*)?");

    /** @param grace how late a reminder may still be said after the bot was down */
    public Reminders(
            Event event, DueTimes dueTimes, ReminderStore store, ReminderTimer timer, Outbox outbox, Duration grace) {
        this.event = event;
        this.dueTimes = dueTimes;
        this.store = store;
        this.timer = timer;
        this.outbox = outbox;
        this.grace = grace;
    }

    /** {@code /remind 明天07:30 各代表团带好参赛证}: {@code text} is what follows the command. */
    public ReminderAnswer create(Person author, String text, Instant now) {
        if (!event.coordinators().contains(author)) return new ReminderAnswer.Refused("只有协调组成员可以设置提醒。");
        var due = dueTimes.read(text == null ? "" : text, now);
        if (due.isEmpty()) {
            Matcher day = DAY_ONLY.matcher(text == null ? "" : text.strip());
            if (day.matches() && day.group(2) != null)
                return new ReminderAnswer.Refused("提醒需要写明几点，没有记下。请加上时间，如：/remind " + day.group(1)
                        + (Character.isDigit(day.group(1).charAt(day.group(1).length() - 1)) ? " " : "") + "08:00 "
                        + day.group(2).strip());
        }
        if (due.isEmpty() || due.get().rest().isBlank()) {
            return new ReminderAnswer.Refused("没有看懂提醒的时间或内容。格式：/remind 明天07:30 各代表团带好参赛证");
        }
        if (!due.get().at().isAfter(now))
            return new ReminderAnswer.Refused(
                    "提醒时间%s已过，请重新设置。".formatted(when(due.get().at())));
        String said = LEADING_REMIND.matcher(due.get().rest()).replaceFirst("");
        if (said.isBlank()) said = due.get().rest();
        Reminder reminder = store.add(due.get().at(), said, author.name());
        timer.schedule(reminder);
        return new ReminderAnswer.Done(
                "已设置提醒%d：%s 在工作群提醒“%s”。".formatted(reminder.id(), when(reminder.due()), reminder.text()));
    }

    /** {@code /reminders}. */
    public ReminderAnswer list() {
        List<Reminder> all = store.all();
        if (all.isEmpty()) return new ReminderAnswer.Done("目前没有待发的提醒。");
        StringBuilder sb = new StringBuilder("待发提醒（共%d条）：".formatted(all.size()));
        all.forEach(r -> sb.append("\n%d. %s %s（%s设置）".formatted(r.id(), when(r.due()), r.text(), r.author())));
        return new ReminderAnswer.Done(sb.toString());
    }

    /** {@code /unremind 3}. */
    public ReminderAnswer delete(Person author, int id) {
        if (!event.coordinators().contains(author)) return new ReminderAnswer.Refused("只有协调组成员可以删除提醒。");
        return store.remove(id)
                .<ReminderAnswer>map(r -> {
                    timer.cancel(id);
                    return new ReminderAnswer.Done("已删除提醒%d：%s %s".formatted(id, when(r.due()), r.text()));
                })
                .orElseGet(() -> new ReminderAnswer.Refused("没有编号为%d的提醒，可用 /reminders 查看。".formatted(id)));
    }

    /** The stored reminders due at or before {@code at}, by due time. */
    public List<Reminder> dueBy(Instant at) {
        return store.all().stream().filter(r -> !r.due().isAfter(at)).toList();
    }

    /** Called by the timer when reminder {@code id} is due. */
    public Delivery deliver(int id, Instant now) {
        // Removing is the claim: whoever removes it says it, so a second firing says nothing.
        var claimed = store.remove(id);
        if (claimed.isEmpty()) return new Delivery.Gone(id);
        Reminder reminder = claimed.get();
        if (now.isAfter(reminder.due().plus(grace))) return new Delivery.TooLate(reminder);
        Chats.of(event, ChatDef.Role.GROUP).stream()
                .findFirst()
                .ifPresent(chat -> outbox.send(Reply.text(chat, null, "【提醒】" + reminder.text())));
        return new Delivery.Said(reminder);
    }

    private String when(Instant at) {
        return ZonedDateTime.ofInstant(at, event.zone()).format(WHEN);
    }
}
