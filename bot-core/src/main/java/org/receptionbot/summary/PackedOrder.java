package org.receptionbot.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.parse.ChineseNumerals;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Packed portions asked for a serving, read back from the meal matter that filed them ("明早打包早餐10份 他们6点前要走",
 * an ISSUE MEAL): the day resolved from the words relative to when it was sent (今晚, 明早, 明天, 后天, 25号), else the
 * next serving of the meal; the meal named nearest the packing; the portions; the hour said, if any. The caterer is
 * told the serving itself, not "明早", and its locked board lists them.
 *
 * <p>"有4个人在餐厅吃 其余打包" says the seated part, not the portions: {@code seated} is 4 and {@code portions} 0 until
 * the board knows the meal's count ({@link #resolved}).
 *
 * @param hour the hour said for the packing or the leaving ("6点前", "6:30", "一早"), or null
 * @param seated the diners said to eat seated, the rest packed, or null when the portions are said
 */
public record PackedOrder(String delegation, LocalDate date, Meal meal, int portions, String hour, Integer seated) {
    /** Packed portions: 打包10份, 打包早餐10份, 打包带走10份, 10份打包, 打包的改成30份. */
    public static final Pattern PACKED = org.receptionbot.parse.PackedSaying.PORTIONS;
    /** The seated part said, the rest packed: "有4个人在餐厅吃 其余打包", "20人在餐厅吃 剩下的打包带走". */
    public static final Pattern SEATED = Pattern.compile("([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|个|人|位|名)"
            + "[^，,。；;！!\\s]{0,3}在(?:餐厅|食堂|酒店|宾馆|自助餐厅)[^，,。；;！!\\s]{0,2}吃");
    /** The rest of the team packed ("其余打包", "剩下的都打包"). */
    public static final Pattern REST_PACKED = Pattern.compile("(?:其余|其他|剩下|剩余)(?:的|人)?(?:都|全部)?(?:要|需要)?打个?包");

    /** An order of {@code portions} packed portions. */
    public PackedOrder(String delegation, LocalDate date, Meal meal, int portions, String hour) {
        this(delegation, date, meal, portions, hour, null);
    }

    /** The order with the portions the rest of a meal's {@code count} takes, when only the seated part was said. */
    public PackedOrder resolved(int count) {
        return seated == null
                ? this
                : new PackedOrder(delegation, date, meal, Math.max(0, count - seated), hour, seated);
    }
    /** Day words and the days after the day sent they name; the first that fits wins. */
    private static final Object[][] DAYS = {
        {"大后天", 3}, {"后天", 2}, {"明早", 1}, {"明晚", 1}, {"明天", 1}, {"明日", 1}, {"今早", 0}, {"今晚", 0}, {"今天", 0}
    };

    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?:([0-9]{1,2})月)?([0-9]{1,2})[号日](?![车房楼])");
    /** Parts of the day that name the meal served in them, with a moment of it. */
    private static final Object[][] PARTS = {
        {"早上", LocalTime.of(8, 0)}, {"早晨", LocalTime.of(8, 0)}, {"明早", LocalTime.of(8, 0)},
        {"今早", LocalTime.of(8, 0)}, {"中午", LocalTime.NOON}, {"晚上", LocalTime.of(18, 30)},
        {"今晚", LocalTime.of(18, 30)}, {"明晚", LocalTime.of(18, 30)}
    };

    /** The packing called off, not the meal: 打包的取消, 打包的不要了, 取消打包, 不打包了. */
    public static final Pattern CALLED_OFF =
            Pattern.compile("打个?包的?(?:[早午中晚][餐饭]|早点)?(?:都|也|就)?(?:取消|不要|不用)了?|取消打包|不(?:用|要|需要)?打包了");

    /**
     * The serving whose packing {@code issue}, sent at {@code at}, calls off ("明天早饭打包的取消"), as an order of no
     * portions; empty when it calls off none.
     */
    public static Optional<PackedOrder> calledOff(Issue issue, Instant at, Event event) {
        if (issue.category() != IssueCategory.MEAL) return Optional.empty();
        String text = issue.text();
        Matcher off = CALLED_OFF.matcher(text);
        if (!off.find() || PACKED.matcher(text).find()) return Optional.empty();
        Meal meal = meal(text, off.start(), off.end(), event);
        if (meal == null) return Optional.empty();
        LocalDateTime sent = LocalDateTime.ofInstant(at, event.zone());
        LocalDate date = day(text, off.start(), sent.toLocalDate())
                .orElseGet(() -> sent.toLocalTime().isBefore(meal.serveFrom())
                        ? sent.toLocalDate()
                        : sent.toLocalDate().plusDays(1));
        return Optional.of(new PackedOrder(issue.delegation(), date, meal, 0, null));
    }

    /** The packed portions {@code issue}, sent at {@code at}, asks for; empty when it asks none. */
    public static Optional<PackedOrder> of(Issue issue, Instant at, Event event) {
        if (issue.category() != IssueCategory.MEAL) return Optional.empty();
        String text = issue.text();
        Matcher p = PACKED.matcher(text);
        Matcher seatedSaid = SEATED.matcher(text);
        Integer seated = null;
        if (!p.find()) {
            // 有4个人在餐厅吃 其余打包: the seated part, the portions the rest
            Matcher rest = REST_PACKED.matcher(text);
            if (!rest.find() || !seatedSaid.find()) return Optional.empty();
            seated = figure(seatedSaid.group(1));
            p = rest;
        }
        Integer portions = seated != null ? Integer.valueOf(0) : figure(p.group(1) != null ? p.group(1) : p.group(2));
        Meal meal = meal(text, p.start(), p.end(), event);
        if (portions == null || meal == null) return Optional.empty();
        LocalDateTime sent = LocalDateTime.ofInstant(at, event.zone());
        LocalDate date = day(text, p.start(), sent.toLocalDate())
                .orElseGet(() -> sent.toLocalTime().isBefore(meal.serveFrom())
                        ? sent.toLocalDate()
                        : sent.toLocalDate().plusDays(1));
        return Optional.of(new PackedOrder(issue.delegation(), date, meal, portions, PackedHour.of(text), seated));
    }

    /**
     * "打包（共18份）：湖南省代表团 10份（6点前）、湖北省代表团 8份": the orders of one serving for the kitchen and the
     * coordinators, each team with its portions and the hour said; empty when there are none.
     */
    public static String listed(java.util.List<PackedOrder> orders, RecordText texts) {
        if (orders.isEmpty()) return "";
        return "打包（共" + orders.stream().mapToInt(PackedOrder::portions).sum() + "份）："
                + orders.stream()
                        .map(o -> texts.delegation(o.delegation()) + " " + o.portions() + "份"
                                + (o.hour() == null ? "" : "（" + o.hour() + "）"))
                        .collect(java.util.stream.Collectors.joining("、"));
    }

    /** "11月24日（周二）早餐打包10份（6点前）" */
    public String said() {
        String what = seated != null && portions == 0 ? "堂食" + seated + "人，其余打包" : "打包" + portions + "份";
        return Texts.day(date) + meal.label() + what + (hour == null ? "" : "（" + hour + "）");
    }

    /**
     * The meal named in the packing, else the last named before it (a meal's name or a part of the day: "早饭34
     * 中午打包34份" packs lunch), else the first after.
     */
    private static Meal meal(String text, int start, int end, Event event) {
        Nearest<Meal> named = new Nearest<>(start, end);
        for (Meal m : event.meals())
            for (String name : m.names())
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    if (at >= start && at < end) return m;
                    named.saw(m, at);
                }
        for (Object[] part : PARTS) {
            int at = text.lastIndexOf((String) part[0], start);
            if (at >= 0) named.saw(servedAt(event, (LocalTime) part[1]), at);
        }
        return named.best();
    }

    private static Meal servedAt(Event event, LocalTime at) {
        for (Meal m : event.meals()) if (!at.isBefore(m.serveFrom()) && at.isBefore(m.serveTo())) return m;
        return null;
    }

    /** The day said nearest before the packing, else the first said after it. */
    private static Optional<LocalDate> day(String text, int packing, LocalDate sent) {
        Nearest<LocalDate> said = new Nearest<>(packing, packing);
        for (Object[] word : DAYS) {
            for (int at = text.indexOf((String) word[0]); at >= 0; at = text.indexOf((String) word[0], at + 1)) {
                if (at > 0 && ((String) word[0]).equals("后天") && text.charAt(at - 1) == '大') continue;
                said.saw(sent.plusDays((Integer) word[1]), at);
            }
        }
        Matcher m = DAY_OF_MONTH.matcher(text);
        while (m.find()) {
            try {
                int month = m.group(1) == null ? sent.getMonthValue() : Integer.parseInt(m.group(1));
                said.saw(LocalDate.of(sent.getYear(), month, Integer.parseInt(m.group(2))), m.start());
            } catch (java.time.DateTimeException e) {
                // not a day of the year: left
            }
        }
        return Optional.ofNullable(said.best());
    }

    private static Integer figure(String s) {
        int n = ChineseNumerals.value(s);
        return n < 0 ? null : n;
    }
}
