package org.receptionbot.event;

import java.util.List;

/** The outcome of reading an event file: the event, or every problem found in it. */
public sealed interface EventReading {

    record Valid(Event event) implements EventReading {}

    record Invalid(List<EventProblem> problems) implements EventReading {
        public Invalid {
            problems = List.copyOf(problems);
        }

        /** All problems, one per line, for a log or a terminal. */
        public String describe() {
            StringBuilder text = new StringBuilder("活动配置文件有 " + problems.size() + " 处问题：");
            problems.forEach(p -> text.append("\n  - ").append(p));
            return text.toString();
        }
    }
}
