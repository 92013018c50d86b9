package org.receptionbot.summary;

import org.receptionbot.event.Event;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** A record in the group's words: "湖南省代表团 11月22日（周日）晚餐 取消全团". */
public final class RecordText {
    private final Event event;

    public RecordText(Event event) {
        this.event = event;
    }

    public String describe(Record r) {
        if (r instanceof MealRecord m) return serving(m) + " " + what(m);
        if (r instanceof Movement m) return movement(m);
        if (r instanceof Headcount h) return h.vehicle() + "号车 实到" + h.count() + "人";
        if (r instanceof Visit v) return delegation(v.delegation()) + " " + route(v.route()) + " " + people(v.count());
        if (r instanceof VisitChange c) return visitChange(c);
        Issue i = (Issue) r;
        return "【" + i.category().label() + "】" + (i.delegation() == null ? "" : delegation(i.delegation()) + "：")
                + (i.text() == null ? "" : i.text());
    }

    /** The vehicle line a problem's notice adds ({@link VehicleText#forIssue}); empty otherwise. */
    public String issueVehicles(Issue issue) {
        return new VehicleText(event).forIssue(issue);
    }

    /** Which serving a meal record is about: "湖南省代表团 11月22日（周日）晚餐". */
    public String serving(MealRecord m) {
        return meal(m.delegation(), m.date(), m.meal());
    }

    /** What a meal record says of its serving: "减少5人", "取消全团", "报餐30人", "按原计划", "增加2人". */
    public String what(MealRecord r) {
        if (r instanceof MealCount m) return m.asPlanned() ? "按原计划" : "报餐" + m.count() + "人";
        if (r instanceof MealCancel m) return m.wholeDelegation() ? "取消全团" : "减少" + m.count() + "人";
        return "增加" + ((MealAdd) r).count() + "人";
    }

    /** The clock time of an instant in the event's zone: 15:40. */
    public String clock(java.time.Instant at) {
        return Texts.time(
                java.time.LocalTime.ofInstant(at, event.zone()).withSecond(0).withNano(0));
    }

    public String delegation(String id) {
        if (id == null) return "（未指明代表团）";
        return event.delegation(id).map(d -> d.name()).orElse(id);
    }

    public String meal(String id) {
        return event.meal(id).map(m -> m.label()).orElse(id);
    }

    private String meal(String delegation, java.time.LocalDate date, String meal) {
        return delegation(delegation) + " " + Texts.day(date) + meal(meal);
    }

    /** The route's name (北海线), or 考察线路未明 when none is known. */
    public String route(String id) {
        if (id == null) return "考察线路未明";
        return event.route(id).map(r -> r.name()).orElse(id);
    }

    /** "山东省住房和城乡建设厅 1人 由百色线改为柳州线", "… 1人 改去柳州线", "… 2人 不参加考察". */
    private String visitChange(VisitChange c) {
        String who = delegation(c.delegation()) + " " + people(c.count()) + " ";
        if (c.to() == null) return who + "不参加" + (c.from() == null ? "" : route(c.from())) + "考察";
        if (c.from() == null) return who + "改去" + route(c.to());
        return who + "由" + route(c.from()) + "改为" + route(c.to());
    }

    private static String people(Integer count) {
        return count == null ? "全团" : count + "人";
    }

    private String movement(Movement m) {
        String verb = m instanceof Arrival ? "抵达" : m instanceof Departure ? "离开" : "";
        StringBuilder s =
                new StringBuilder(delegation(m.delegation())).append(' ').append(Texts.day(m.date()));
        // the full-width bracket of the day already sets the verb apart: no space after it
        if (m.time() != null) s.append(Texts.time(m.time())).append(' ');
        else if (m.part() != null) s.append(m.part().label()).append(' ');
        s.append(verb);
        s.append(m.count() == null ? "（全团）" : " " + m.count() + "人");
        if (m.transport() != null) s.append("，").append(m.transport());
        return s.toString();
    }
}
