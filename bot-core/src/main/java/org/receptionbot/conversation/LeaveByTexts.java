package org.receptionbot.conversation;

import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.Texts;

/** What {@link PackedLeaveBy} answers of a departure held, and tells the coordinators of one changed. */
final class LeaveByTexts {
    private final Event event;

    LeaveByTexts(Event event) {
        this.event = event;
    }

    /** "上海市代表团原定11月30日（周一）08:30乘G1502离开，本条未改动；…" */
    String why(Movement standing, Departure said, boolean changed) {
        String by = standing.transport() == null ? "" : "乘" + standing.transport();
        return name(said) + "原定" + Texts.day(standing.date()) + Texts.time(standing.time()) + by + "离开，本条未改动；"
                + (changed ? "" : Texts.time(said.time()) + "已作为打包餐的取餐时间转给餐饮保障组。")
                + "\n如全团离开时间改为"
                + Texts.time(said.time()) + "（不再" + (by.isEmpty() ? "按原定时间" : by) + "），请确认。";
    }

    /** "河北省代表团尚无离会安排，本条未记录离开；07:00已作为打包餐的取餐时间转给餐饮保障组。…" */
    String whyNone(Departure said) {
        return name(said) + "尚无离会安排，本条未记录离开；" + Texts.time(said.time()) + "已作为打包餐的取餐时间转给餐饮保障组。\n如全团于"
                + Texts.day(said.date()) + Texts.time(said.time()) + "离开，请确认。";
    }

    /** "上海市代表团离开时间变更：原定11月30日（周一）08:30乘G1502，现报07:00（明天改7点走 早饭打包20份）…" */
    String told(Movement standing, Departure said, String text) {
        String by = standing.transport() == null ? "" : "乘" + standing.transport();
        return name(said) + "离开时间变更：原定" + Texts.day(standing.date()) + Texts.time(standing.time()) + by + "，现报"
                + Texts.time(said.time()) + "（“" + text.strip() + "”），请核对车次/航班和送站用车。";
    }

    private String name(Departure said) {
        return event.delegation(said.delegation()).map(Delegation::name).orElse(said.delegation());
    }
}
