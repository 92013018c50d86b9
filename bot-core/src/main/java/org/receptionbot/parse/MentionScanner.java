package org.receptionbot.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions of a message, one rule family after another in a fixed order of precedence:
 * a span taken by an earlier family (3号车, G1234, 23号) is not read again by a later one, so the 3
 * of 3号车 is never a date and G1234 stays one token.
 */
final class MentionScanner {
    private static final String CN = "零〇一二两三四五六七八九十";
    private static final Pattern PLATE =
            Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·.\\- ]?[A-Z0-9]{5,6}(?![A-Z0-9])");
    private static final Pattern TRAIN = Pattern.compile("(?<![A-Z0-9])[GDCKTZ]\\d{1,4}(?![0-9])");
    private static final Pattern FLIGHT =
            Pattern.compile("(?<![A-Z0-9])(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}(?![0-9])");
    private static final Pattern VEHICLE =
            Pattern.compile("(\\d{1,3}|[一二三四五六七八九十]{1,3}) ?(?:[号辆] ?)?(?:车(?![次厢站票型程位])|大巴|中巴|巴士|客车|小车|小巴)");
    /** 车5, 车5号: the vehicle's number after 车 (not 上车5人, 打车10分钟). */
    private static final Pattern VEHICLE_AFTER =
            Pattern.compile("(?<![上下停打坐乘开包租专叫拼班火汽动高])车 ?(\\d{1,2})号?(?![\\d:：.点分个人位名小天次])");

    private static final Pattern HHMM = Pattern.compile("(?<![\\d/.])([01]?\\d|2[0-4])[:：]([0-5]\\d)(?!\\d)");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(1[0-2]|0?[1-9])\\.([0-2]?\\d|3[01])(?![\\d.])");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern WEEKDAY = Pattern.compile("(下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
    private static final Pattern RELATIVE = Pattern.compile("大后天|后天|今天|今日|今儿|明天|明日|明儿|昨天|昨日|前天|今晚|今早|明晚|明早|昨晚|今夜|明夜");
    private static final Pattern PART = Pattern.compile("一大早|一早|大清早|清早|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晚间|凌晨|半夜");
    private static final Pattern CLOCK =
            Pattern.compile("(\\d{1,2}|[" + CN + "]{1,3}) ?[点时](?: ?(半|一刻|三刻|整|(\\d{1,2}|[" + CN + "]{1,3}) ?分?))?");
    private static final Pattern DAY =
            Pattern.compile("(?<![\\d.])(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号](?![车房楼线门桌厅馆场院口位窗台床选机])");
    /** A unit typed in pinyin when the input method slipped counts as the unit: 35ren, 30ge. */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![第每哪某\\d])(\\d{1,5}|(?<![这那])[零一二两俩仨三四五六七八九十百千]{1,6}) ?(个人|口人|个|人|位|名|份|REN(?![A-Z])|GE(?![A-Z]))"
                    + "(?!次|员|民|均|小时|月|星期|礼拜|房|车|桌|包|问题|地方|工作日|天|半|代表|团(?!员)|队(?!员)|省|批|组|辆|趟|班)");
    /** A figure that is no figure: 十几个, 二三十人, 七八个, 20多人, 好几个. */
    private static final Pattern VAGUE =
            Pattern.compile("(?:[一二两三四五六七八九]?十几|几十|[一二两三四五六七八九]{2}十|[一二两三四五六七八九]{2}|\\d{1,3} ?[多来]"
                    + "|[一二两三四五六七八九十]+[多来]|好几|几)(?:个人|个|人|位|名)"
                    + "|(?:一半|一部分|部分|大部分|少部分|个别|有些|有的)(?:的)?(?:人|队员|同志|运动员)");
    /** 俩 and 仨 carry their own unit after a change or a movement: 多俩, 少仨, 来了仨. */
    private static final Pattern PAIR = Pattern.compile("(?<=[多少加减来走到了])[俩仨](?![个人位名])");
    /** A figure in Chinese numerals with no unit, standing alone after a label, a name or a meal ("人数：三十二", "湖南 三十", "晚饭五十二"). */
    private static final Pattern BARE_WORD =
            Pattern.compile("(?<=^|[ \\n:为报是样餐饭]|实到|中午|晚上|早上|宵夜|夜宵)([零一二两三四五六七八九十百]{2,6}|十)(?=$|[ \\n,，。;；!！、~])");

    private static final Pattern BARE = Pattern.compile("(?<![\\d./A-Z第])(?<!\\d:)\\d{1,4}(?![\\d:/A-Z])");
    private static final String NOT_BEFORE_ONE_O_CLOCK = "快早晚多少慢好有差大小高低轻重近远这那";

    private final Lexicon lexicon;

    MentionScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every mention in {@code text}, sorted by position. */
    List<Mention> scan(String text, LocalDate today) {
        Scan s = new Scan(text);
        boolean latin = anyOf(text, 'A', 'Z');
        boolean digits = anyOf(text, '0', '9');
        if (latin) {
            s.find(PLATE, m -> {
                String id = lexicon.vehicleByPlate(m.group());
                return new Mention.Vehicle(id == null ? m.group() : id, m.start(), m.end());
            });
            s.find(TRAIN, m -> new Mention.Transport(m.group(), m.start(), m.end()));
            s.find(FLIGHT, m -> new Mention.Transport(m.group(), m.start(), m.end()));
        }
        if (contains(text, "车巴")) {
            s.find(VEHICLE, m -> {
                int n = ChineseNumerals.value(m.group(1));
                return n <= 0 ? null : new Mention.Vehicle(Integer.toString(n), m.start(), m.end());
            });
            if (digits)
                s.find(
                        VEHICLE_AFTER,
                        m -> new Mention.Vehicle(Integer.toString(Integer.parseInt(m.group(1))), m.start(), m.end()));
        }
        if (digits && contains(text, ":")) {
            s.find(HHMM, m -> clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m));
        }
        if (contains(text, "月")) {
            s.find(MONTH_DAY, m -> day(today, ChineseNumerals.value(m.group(1)), ChineseNumerals.value(m.group(2)), m));
        }
        if (digits && contains(text, "/")) {
            s.find(SLASH, m -> day(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m));
        }
        if (digits && contains(text, ".")) {
            s.find(DOTTED, m -> {
                Mention d = day(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m);
                return d != null && lexicon.event.covers(((Mention.Day) d).date()) ? d : null;
            });
        }
        if (contains(text, "周星礼")) {
            s.find(WEEKDAY, m -> new Mention.Day(weekday(today, m.group(1), m.group(2)), m.start(), m.end()));
        }
        scanMeals(s);
        if (contains(text, "天日儿晚早夜")) s.findAll(RELATIVE, (m, out) -> relative(today, m, out));
        if (contains(text, "上午晚晨间里夜早")) {
            s.find(PART, m -> new Mention.Part(DayPart.of(m.group()), m.start(), m.end()));
        }
        if (contains(text, "点时")) s.find(CLOCK, m -> spokenClock(text, m));
        if (contains(text, "日号")) s.find(DAY, m -> day(today, 0, ChineseNumerals.value(m.group(1)), m));
        if (vagueCue(text)) {
            s.find(VAGUE, m -> new Mention.Vague(m.start(), m.end()));
        }
        if (contains(text, "人位名个份") || latin) {
            s.find(COUNT, m -> {
                int n = ChineseNumerals.value(m.group(1));
                return n < 0 || groupsTallied(text, m.start()) ? null : new Mention.Count(n, true, m.start(), m.end());
            });
        }
        if (lexicon.hasRoutes()) scanRoutes(s);
        scanTeams(s);
        if (contains(text, "俩仨"))
            s.find(PAIR, m -> new Mention.Count(m.group().equals("俩") ? 2 : 3, true, m.start(), m.end()));
        if (wordFigureCue(text))
            s.find(BARE_WORD, m -> {
                int n = ChineseNumerals.value(m.group(1));
                return n <= 0 ? null : new Mention.Count(n, false, m.start(), m.end());
            });
        if (digits)
            s.find(
                    BARE,
                    m -> itemNumber(text, m.start(), m.end())
                                    || unitsCounted(text, m.end())
                                    || groupsTallied(text, m.start())
                            ? null
                            : new Mention.Count(Integer.parseInt(m.group()), false, m.start(), m.end()));
        s.found.sort(Comparator.comparingInt(Mention::start));
        return s.found;
    }

    /** Whether the text may hold a vague figure: 几, 多/来 after a numeral, 半, 部分, 些, 个别, or two numerals in a row. */
    private static boolean vagueCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("几半些别".indexOf(c) >= 0 || c == '分' && i > 0 && text.charAt(i - 1) == '部') return true;
            if (i == 0) continue;
            char p = text.charAt(i - 1);
            if ((c == '多' || c == '来') && (CN.indexOf(p) >= 0 || p >= '0' && p <= '9' || p == ' ')) return true;
            if (CN.indexOf(c) >= 0 && CN.indexOf(p) >= 0 && c != '十' && p != '十') return true;
        }
        return false;
    }

    /** Whether a Chinese numeral follows a space, a line break, a colon or 为/报/是 (a word figure may stand there). */
    /** "1 湖北 加5", "2. 云南 不要": the number that opens a line of a list numbers the item. */
    private static boolean itemNumber(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) != '\n') return false;
        return end < text.length() && " .、)）".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length();
    }

    /** Groups, not people, after the figure: 已报31个团, 代表团共9个 (a tally of delegations, vehicles or routes). */
    private static final Pattern UNITS_COUNTED = Pattern.compile(" ?个?(?:团|代表团|代表队|队(?!员)|省|家单位|个?批|辆|条线)");

    private static boolean unitsCounted(String text, int end) {
        if (UNITS_COUNTED.matcher(text).region(end, text.length()).lookingAt()) return true;
        return false;
    }

    /** 代表团共9个, 队共12个: a figure right after a group and 共 counts the groups. */
    private static boolean groupsTallied(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '共' && "团队".indexOf(text.charAt(start - 2)) >= 0;
    }

    private static boolean wordFigureCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CN.indexOf(text.charAt(i)) >= 0 && (i == 0 || " \n:为报是到样餐饭午上夜".indexOf(text.charAt(i - 1)) >= 0))
                return true;
        }
        return false;
    }

    private static boolean anyOf(String text, char from, char to) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= from && c <= to) return true;
        }
        return false;
    }

    /** Whether the text holds any of the characters: a rule family runs only when its anchors are there. */
    private static boolean contains(String text, String anyOf) {
        for (int i = 0; i < anyOf.length(); i++) if (text.indexOf(anyOf.charAt(i)) >= 0) return true;
        return false;
    }

    private void scanMeals(Scan s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            if (s.taken[i]) continue;
            String single = singleMeal(text, i);
            if (single != null && s.free(i, i + 1)) {
                s.add(new Mention.Meals(List.of(single), i, i + 1));
                continue;
            }
            for (Lexicon.MealWord w : lexicon.mealWordsStartingWith(text.charAt(i))) {
                int end = i + w.text().length();
                if (!text.startsWith(w.text(), i) || !s.free(i, end)) continue;
                if (w.text().equals("早点") && end < text.length() && "到走来去出回休集睡起".indexOf(text.charAt(end)) >= 0) {
                    continue;
                }
                s.add(new Mention.Meals(lexicon.inServingOrder(w.ids()), i, end));
                i = end - 1;
                break;
            }
        }
    }

    /**
     * "渝 晚+2", "早-3": one character of the day (早, 午, 晚) opening a statement right before a change and
     * a figure (signs are folded into 加/少) is that meal; otherwise null.
     */
    private String singleMeal(String text, int i) {
        int part = "早午晚".indexOf(text.charAt(i));
        if (part < 0 || i + 2 >= text.length()) return null;
        if (i > 0 && Clause.SEPARATORS.indexOf(text.charAt(i - 1)) < 0) return null;
        if ("加少减".indexOf(text.charAt(i + 1)) < 0 || !Character.isDigit(text.charAt(i + 2))) return null;
        return lexicon.mealOf(new DayPart[] {DayPart.MORNING, DayPart.NOON, DayPart.EVENING}[part]);
    }

    /** 北海线, 北海, 北海组: a route by its name or an alias, the longest that fits. */
    private void scanRoutes(Scan s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            for (Lexicon.Form f : lexicon.routeFormsStartingWith(text.charAt(i))) {
                int end = i + f.text().length();
                if (!text.startsWith(f.text(), i) || !s.free(i, end)) continue;
                if (end < text.length() && "线组".indexOf(text.charAt(end)) >= 0 && s.free(end, end + 1)) end++;
                s.add(new Mention.Route(f.id(), i, end));
                i = end - 1;
                break;
            }
        }
    }

    private void scanTeams(Scan s) {
        String text = s.text;
        for (int i = 0; i < text.length(); i++) {
            if (s.taken[i]) continue;
            for (Lexicon.Form f : lexicon.formsStartingWith(text.charAt(i))) {
                int end = i + f.text().length();
                if (!text.startsWith(f.text(), i) || !s.free(i, end)) continue;
                int full = end;
                for (String suffix : lexicon.teamSuffixes()) {
                    if (text.startsWith(suffix, end) && s.free(end, end + suffix.length())) {
                        full = end + suffix.length();
                        break;
                    }
                }
                boolean single = f.text().length() == 1;
                if (single && (full == end || (i > 0 && Normalizer.isHan(text.charAt(i - 1))))) continue;
                // 直接回北京, 返回上海: a delegation's place after 回/返 is where someone goes, not who.
                if (i > 0 && "回返".indexOf(text.charAt(i - 1)) >= 0) continue;
                s.add(new Mention.Team(f.id(), i, full));
                i = full - 1;
                break;
            }
        }
    }

    private static Mention clock(int hour, int minute, Matcher m) {
        return hour > 24 || minute > 59 ? null : new Mention.Clock(hour, minute, m.start(), m.end());
    }

    private static Mention spokenClock(String text, Matcher m) {
        String h = m.group(1);
        if (h.equals("一") && m.start() > 0 && NOT_BEFORE_ONE_O_CLOCK.indexOf(text.charAt(m.start() - 1)) >= 0) {
            return null;
        }
        int hour = ChineseNumerals.value(h);
        String tail = m.group(2);
        if (m.group(3) != null
                && !m.group().endsWith("分")
                && m.end() < text.length()
                && "人位名个".indexOf(text.charAt(m.end())) >= 0) {
            // 9点15人: the figure after the hour counts people
            int end = m.start(m.group(2) != null ? 2 : 0);
            return hour < 0 || hour > 24 ? null : new Mention.Clock(hour, 0, m.start(), end);
        }
        if (loneWordMinute(text, m))
            return hour < 0 || hour > 24 ? null : new Mention.Clock(hour, 0, m.start(), m.start(2));
        int minute = tail == null || tail.equals("整")
                ? 0
                : switch (tail) {
                    case "半" -> 30;
                    case "一刻" -> 15;
                    case "三刻" -> 45;
                    default -> ChineseNumerals.value(m.group(3));
                };
        return hour < 0 || minute < 0 ? null : clock(hour, minute, m);
    }

    /** 4点一起到, 3点三个人: one Chinese numeral after the hour with no 分 and a word after it is no minute. */
    private static boolean loneWordMinute(String text, Matcher m) {
        String minute = m.group(3);
        if (minute == null
                || minute.length() != 1
                || Character.isDigit(minute.charAt(0))
                || m.group().endsWith("分")) return false;
        return m.end() < text.length() && Character.isLetter(text.charAt(m.end()));
    }

    private Mention day(LocalDate today, int month, int day, Matcher m) {
        if (day < 1 || day > 31 || month < 0 || month > 12) return null;
        try {
            LocalDate date;
            if (month == 0) {
                date = inEvent(today.withDayOfMonth(1), day);
            } else {
                int year = lexicon.event.start().getYear();
                date = LocalDate.of(year, month, day);
                if (!lexicon.event.covers(date) && lexicon.event.end().getYear() != year) {
                    date = date.withYear(lexicon.event.end().getYear());
                }
            }
            return date == null ? null : new Mention.Day(date, m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day of a month that falls in the event: this month's, else the event's first or last month's. */
    private LocalDate inEvent(LocalDate firstOfMonth, int day) {
        List<LocalDate> months = List.of(
                firstOfMonth,
                lexicon.event.start().withDayOfMonth(1),
                lexicon.event.end().withDayOfMonth(1));
        for (LocalDate month : months) {
            if (day <= month.lengthOfMonth() && lexicon.event.covers(month.withDayOfMonth(day))) {
                return month.withDayOfMonth(day);
            }
        }
        return day <= firstOfMonth.lengthOfMonth() ? firstOfMonth.withDayOfMonth(day) : null;
    }

    private static LocalDate weekday(LocalDate today, String prefix, String dayWord) {
        int dow = "一二三四五六日天".indexOf(dayWord.charAt(0)) + 1;
        if (dow == 0) dow = dayWord.charAt(0) - '0';
        if (dow == 8) dow = 7;
        if (prefix != null && prefix.startsWith("下")) {
            return today.with(DayOfWeek.MONDAY).plusWeeks(1).plusDays(dow - 1L);
        }
        if (prefix != null) return today.with(DayOfWeek.MONDAY).plusDays(dow - 1L);
        int ahead = (dow - today.getDayOfWeek().getValue() + 7) % 7;
        return today.plusDays(ahead);
    }

    private static void relative(LocalDate today, Matcher m, List<Mention> out) {
        String w = m.group();
        int offset = switch (w.charAt(0)) {
            case '大' -> 3;
            case '后' -> 2;
            case '明' -> 1;
            case '昨' -> -1;
            case '前' -> -2;
            default -> 0;
        };
        out.add(new Mention.Day(today.plusDays(offset), m.start(), m.end()));
        char last = w.charAt(w.length() - 1);
        if (last == '晚' || last == '夜') out.add(new Mention.Part(DayPart.EVENING, m.start(), m.end()));
        if (last == '早') out.add(new Mention.Part(DayPart.MORNING, m.start(), m.end()));
    }

    /** Mentions found so far and the characters they cover. */
    private static final class Scan {
        final String text;
        final boolean[] taken;
        final List<Mention> found = new ArrayList<>();

        Scan(String text) {
            this.text = text;
            this.taken = new boolean[text.length() + 1];
        }

        boolean free(int start, int end) {
            if (end > text.length()) return false;
            for (int i = start; i < end; i++) if (taken[i]) return false;
            return true;
        }

        void add(Mention m) {
            found.add(m);
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        }

        void find(Pattern p, java.util.function.Function<Matcher, Mention> read) {
            findAll(p, (m, out) -> {
                Mention x = read.apply(m);
                if (x != null) out.add(x);
            });
        }

        void findAll(Pattern p, java.util.function.BiConsumer<Matcher, List<Mention>> read) {
            Matcher m = p.matcher(text);
            List<Mention> out = new ArrayList<>(2);
            while (m.find()) {
                if (!free(m.start(), m.end())) continue;
                out.clear();
                read.accept(m, out);
                for (Mention x : out) add(x);
            }
        }
    }
}
