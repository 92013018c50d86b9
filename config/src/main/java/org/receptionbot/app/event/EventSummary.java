package org.receptionbot.app.event;

import java.time.temporal.ChronoUnit;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;

/** A few lines that tell whoever checks an event file what the bot will serve. */
final class EventSummary {

    private EventSummary() {}

    static String of(Event e) {
        long days = ChronoUnit.DAYS.between(e.start(), e.end()) + 1;
        int people = e.delegations().stream().mapToInt(Delegation::size).sum();
        int liaisons =
                e.delegations().stream().mapToInt(d -> d.liaisons().size()).sum();
        return String.join(
                "\n",
                "活动：" + e.name(),
                "日期：" + e.start() + " 至 " + e.end() + "（" + days + " 天），时区 " + e.zone(),
                "餐次 " + e.meals().size() + "，就餐地点 " + e.venues().size() + "，酒店 "
                        + e.hotels().size(),
                "代表团 " + e.delegations().size() + "（共 " + people + " 人），车辆 "
                        + e.vehicles().size(),
                "联络员 " + liaisons + "，协调员 " + e.coordinators().size() + "，群聊 "
                        + e.chats().size());
    }
}
