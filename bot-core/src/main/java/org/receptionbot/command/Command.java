package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;

/** A command someone typed, recognised but not yet checked. Null fields were not given. */
public sealed interface Command {

    record Help() implements Command {}

    /** The meal board of a serving; null date = today, null meal = the next serving. */
    record Meals(LocalDate date, String meal) implements Command {}

    /**
     * A day's arrivals and departures; {@code side} is what the words ask about ("查看到达": the arrivals), so that a day
     * with none of them says so plainly.
     */
    record Moves(LocalDate date, Side side) implements Command {
        public Moves(LocalDate date) {
            this(date, Side.BOTH);
        }

        /** Which movements the words ask about. */
        public enum Side {
            BOTH,
            ARRIVALS,
            DEPARTURES,
            /** The arrivals of the day not yet said done ("还有谁没到"). */
            NOT_ARRIVED
        }
    }

    record Issues() implements Command {}

    /** Bus head counts of a day. */
    record Counts(LocalDate date) implements Command {}

    /** @param delegation what was typed for the delegation, or null for the sender's own */
    record Status(String delegation) implements Command {}

    record Car(String vehicle) implements Command {}

    /** A vehicle's head count of a day asked in plain words ("2号车实到多少"). */
    record VehicleCount(String vehicle, LocalDate date) implements Command {}

    /** A site-visit route's vehicles ("北海线的车牌号发一下"); {@code route} is the route's word as typed. */
    record RouteVehicles(String route) implements Command {}

    /** A delegation's vehicles ("广东的车是几号车"); {@code delegation} is what was typed, "" for the asker's own. */
    record VehicleOf(String delegation) implements Command {}

    /**
     * A meal question in plain words ("还有哪些没报", "北京报了没", "午饭一共多少人").
     *
     * @param delegation what was typed for a delegation, "" for the asker's own (我们), null for none
     * @param date the day named, or null for today
     * @param meal the meal's id, or null when the question leaves it to the time of day
     */
    record MealQuestion(Ask ask, String delegation, LocalDate date, String meal) implements Command {
        /** What is asked. */
        public enum Ask {
            /** Who has not reported. */
            NOT_REPORTED,
            /** Whether (a delegation, or everyone) has reported. */
            REPORTED,
            /** How many will eat. */
            TOTAL
        }
    }

    /** The site-visit lists; {@code route} is the route's name or alias typed, or null for every route. */
    record Visits(String route) implements Command {}

    record Undo() implements Command {}

    /**
     * An undo said to be a mistake ("刚才撤销错了", "撤销错了 恢复一下"): what the sender's latest undo took back comes back.
     *
     * @param more the message gives figures of its own besides ("湖北那10个人还是下午3点走 … 刚才撤销错了")
     */
    record Redo(boolean more) implements Command {}

    record Bind(String delegation) implements Command {}

    /** @param note what the coordinator adds ("已派医生"), or null */
    record Ack(Integer number, String note) implements Command {
        public Ack(Integer number) {
            this(number, null);
        }
    }

    record Done(Integer number, String resolution) implements Command {}

    /**
     * The same step on several issues named in one message ("6号7号问题收到 已通知餐厅留饭"): each gets it, with the note.
     *
     * @param steps an {@link Ack} or {@link Done} for each issue, in the order named
     */
    record Steps(List<Command> steps) implements Command {
        public Steps {
            steps = List.copyOf(steps);
        }
    }

    /**
     * An /ack or /done of one issue, said together with another issue being the same matter ("2号问题和1号是一个事 1号收到"):
     * the other is left as it is and the coordinator is told how to close it.
     *
     * @param step the {@link Ack} or {@link Done} of the issue the words move on
     * @param same the number of the issue said to be the same matter
     */
    record SameAs(Command step, Integer same) implements Command {}

    /**
     * Two issues said to be one matter, with no step on either ("15号问题和7号是一个事", {@code /merge 15 7}): issue
     * {@code from} is closed as the same as {@code into}, its notes carried over.
     *
     * @param inWords said in words rather than as {@code /merge}: two delegations' issues are then asked, not merged
     */
    record Merge(Integer from, Integer into, boolean inWords) implements Command {
        /** {@code /merge 15 7}: merged whoever reported them. */
        public Merge(Integer from, Integer into) {
            this(from, into, false);
        }
    }

    /** @param venue what was typed for the venue; null fields were missing */
    record Actual(String venue, String meal, Integer count, LocalDate date) implements Command {}

    record Export(LocalDate from, LocalDate to) implements Command {}

    /** {@code /remind 明天07:30 各代表团带好参赛证}: the text after the command. */
    record Remind(String text) implements Command {}

    /** {@code /reminders}. */
    record ListReminders() implements Command {}

    /** {@code /unremind 3}. */
    record Unremind(Integer id) implements Command {}

    /** A {@code /word} the bot does not know, or a word it could not read (e.g. a bad date). */
    record Unknown(String word) implements Command {}

    /** A command that cannot be done as typed (an impossible date), with why, to answer. */
    record Refused(String reason) implements Command {}
}
