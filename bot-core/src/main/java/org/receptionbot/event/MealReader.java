package org.receptionbot.event;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the meals: serving window {@code "07:00-09:00"}, deadline {@code "10:00"} or {@code "-1d
 * 21:00"}, and the optional {@code on_request: true}.
 */
final class MealReader {
    private static final Pattern DEADLINE = Pattern.compile("(?:-(\\d)d\\s+)?(\\S+)");

    private MealReader() {}

    static List<Meal> read(Node section) {
        List<Meal> meals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Node item : section.list()) {
            String id = EventReader.uniqueId(item, ids);
            Node entry = item.named(id);
            List<String> names = entry.get("names").texts();
            if (names.isEmpty()) entry.get("names").problem("至少需要一个名称（如 午餐、午饭）");
            for (String word : names) {
                if (!words.add(word)) entry.get("names").problem("名称“" + word + "”已用于另一餐");
            }
            Optional<LocalTime[]> serve = serving(entry.get("serve"));
            Optional<Meal.Deadline> deadline = deadline(entry.get("deadline"));
            if (serve.isPresent() && deadline.isPresent())
                checkOrder(entry.get("deadline"), serve.get(), deadline.get());
            meals.add(new Meal(
                    id,
                    names,
                    serve.map(s -> s[0]).orElse(null),
                    serve.map(s -> s[1]).orElse(null),
                    deadline.orElse(null),
                    entry.get("on_request").flag().orElse(false)));
        }
        if (meals.isEmpty()) section.problem("至少需要一餐");
        return meals;
    }

    private static Optional<LocalTime[]> serving(Node node) {
        if (!node.present()) node.problem("必填（如 \"11:30-13:30\"）");
        return node.text().flatMap(s -> {
            String[] parts = s.split("\\s*[-–~至]\\s*");
            if (parts.length != 2) {
                node.problem("供餐时间应写作 \"HH:MM-HH:MM\"，而不是“" + s + "”");
                return Optional.empty();
            }
            Optional<LocalTime> from = node.clock(parts[0], node.path());
            Optional<LocalTime> to = node.clock(parts[1], node.path());
            if (from.isEmpty() || to.isEmpty()) return Optional.empty();
            if (!from.get().isBefore(to.get())) {
                node.problem("供餐开始时间应早于结束时间");
                return Optional.empty();
            }
            return Optional.of(new LocalTime[] {from.get(), to.get()});
        });
    }

    private static Optional<Meal.Deadline> deadline(Node node) {
        if (!node.present()) node.problem("必填（如 \"10:00\" 或前一天 \"-1d 21:00\"）");
        return node.text().flatMap(s -> {
            var m = DEADLINE.matcher(s.trim());
            if (!m.matches()) {
                node.problem("报餐截止时间应写作 \"HH:MM\" 或 \"-1d HH:MM\"，而不是“" + s + "”");
                return Optional.empty();
            }
            int offset = m.group(1) == null ? 0 : -Integer.parseInt(m.group(1));
            return node.clock(m.group(2), node.path()).map(t -> new Meal.Deadline(offset, t));
        });
    }

    private static void checkOrder(Node node, LocalTime[] serve, Meal.Deadline deadline) {
        if (deadline.dayOffset() == 0 && !deadline.time().isBefore(serve[0])) {
            node.problem("报餐截止时间 " + deadline.time() + " 不早于开餐时间 " + serve[0]);
        }
    }
}
