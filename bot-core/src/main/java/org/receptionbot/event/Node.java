package org.receptionbot.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value of the parsed file tree with its path, reading typed fields and reporting what is wrong
 * to the shared problem list instead of failing on the first problem.
 */
final class Node {
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private final String path;
    private final Object value;
    private final Problems problems;

    Node(String path, Object value, Problems problems) {
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean present() {
        return value != null;
    }

    Node get(String key) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (value instanceof Map<?, ?> map) return new Node(child, map.get(key), problems);
        return new Node(child, null, problems);
    }

    /** The keys of a map node; reports a node that should be a map but is not. */
    List<String> keys() {
        if (value == null) return List.of();
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(path, "应为键值对（key: value）");
            return List.of();
        }
        return map.keySet().stream().map(String::valueOf).toList();
    }

    List<Node> list() {
        if (value == null) return List.of();
        if (!(value instanceof List<?> items)) {
            problems.add(path, "应为列表");
            return List.of();
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) nodes.add(new Node(path + "[" + i + "]", items.get(i), problems));
        return nodes;
    }

    /** The same node, named after its id so that problems read "delegations[3]（hunan）.hotel". */
    Node named(String id) {
        return id == null ? this : new Node(path + "（" + id + "）", value, problems);
    }

    Optional<String> text() {
        if (value == null) return Optional.empty();
        if (value instanceof String || value instanceof Number) {
            String s = value.toString().trim();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        problems.add(path, "应为文字");
        return Optional.empty();
    }

    String requiredText() {
        Optional<String> text = text();
        if (text.isEmpty() && (value == null || value instanceof String)) problems.add(path, "必填");
        return text.orElse(null);
    }

    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Node item : list()) item.text().ifPresent(out::add);
        return out;
    }

    Optional<Integer> integer() {
        if (value == null) return Optional.empty();
        if (value instanceof Integer || value instanceof Long) return Optional.of(((Number) value).intValue());
        problems.add(path, "应为整数，而不是“" + value + "”");
        return Optional.empty();
    }

    /** A yes/no setting: {@code true} or {@code false}; anything else is reported. */
    Optional<Boolean> flag() {
        if (value == null) return Optional.empty();
        if (value instanceof Boolean b) return Optional.of(b);
        problems.add(path, "应为 true 或 false，而不是“" + value + "”");
        return Optional.empty();
    }

    Optional<Double> decimal() {
        if (value == null) return Optional.empty();
        if (value instanceof Number n) return Optional.of(n.doubleValue());
        problems.add(path, "应为数字，而不是“" + value + "”");
        return Optional.empty();
    }

    Optional<LocalDate> date() {
        if (value instanceof LocalDate date) return Optional.of(date);
        if (value instanceof java.util.Date date) {
            return Optional.of(LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC));
        }
        return text().flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                problems.add(path, "日期应写作 YYYY-MM-DD，而不是“" + s + "”");
                return Optional.empty();
            }
        });
    }

    Optional<LocalTime> time() {
        return text().flatMap(s -> clock(s, path));
    }

    Optional<LocalTime> clock(String s, String where) {
        var m = CLOCK.matcher(s.trim());
        if (m.matches()) return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        problems.add(where, "时间应写作 HH:MM，而不是“" + s + "”");
        return Optional.empty();
    }

    Optional<ZoneId> zone() {
        return text().flatMap(s -> {
            try {
                return Optional.of(ZoneId.of(s));
            } catch (RuntimeException e) {
                problems.add(path, "未知的时区“" + s + "”（例如 Asia/Shanghai）");
                return Optional.empty();
            }
        });
    }

    void problem(String message) {
        problems.add(path, message);
    }
}
