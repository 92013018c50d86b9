package org.receptionbot.command;

import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.reminder.Reminders;

/** /remind, /reminders and /unremind: the coordinators' custom reminders. */
public final class ReminderCommands {
    private static final String OFF = "提醒功能未启用。";

    private final Event event;
    private final Reminders reminders;

    /** @param reminders the custom reminders, or null when the timed part is off */
    public ReminderCommands(Event event, Reminders reminders) {
        this.event = event;
        this.reminders = reminders;
    }

    Answer remind(Command.Remind r, Asked asked) {
        if (reminders == null) return Answer.of(OFF);
        Optional<Person> author = coordinator(asked);
        if (author.isEmpty()) return Answer.of("只有协调组成员可以设置提醒。");
        return Answer.of(reminders.create(author.get(), r.text(), asked.now()).text());
    }

    Answer list() {
        return Answer.of(reminders == null ? OFF : reminders.list().text());
    }

    Answer unremind(Command.Unremind u, Asked asked) {
        if (reminders == null) return Answer.of(OFF);
        if (u.id() == null) return Answer.of("请写明提醒编号，如“/unremind 3”；编号可用 /reminders 查看。");
        Optional<Person> author = coordinator(asked);
        if (author.isEmpty()) return Answer.of("只有协调组成员可以删除提醒。");
        return Answer.of(reminders.delete(author.get(), u.id()).text());
    }

    private Optional<Person> coordinator(Asked asked) {
        return event.coordinators().stream()
                .filter(p -> p.is(asked.chat().platform(), asked.sender().userId()))
                .findFirst();
    }
}
