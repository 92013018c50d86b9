package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * Words about which bus people ride, said in answer to a question about a bus count: riding along on another
 * delegation's bus ("我们跟湖南一辆车", "坐的是湖南的3号车", "一起走的"), the bus number said wrong ("车号报错了"), and
 * a confirmation with words around it ("对 确认", "是的 没错"). None of them is a problem to act on.
 */
final class BusWords {
    private static final Pattern RIDES_ALONG = Pattern.compile("(?:一起|一块儿?)(?:坐|走|乘|出发|上车)"
            + "|一起的|同一?辆车|一辆车|一个车|一台车|同车|同乘|拼车|搭车|蹭车|也坐|跟车"
            + "|坐(?:的是|的|在|了)?[^，,。！!\\s]{1,8}?的(?:车|大巴|\\d{1,3}号车)");
    private static final Pattern MIX_UP =
            Pattern.compile("车号(?:报|说|写|打|发|填|搞|弄)错了?|(?:报|说|写|打|发|填|搞|弄)错车号了?|车号(?:不对|错了)");
    private static final Pattern YES = Pattern.compile("确认|确定|没错|是的|对的|没问题|无误|属实|正确|是这样"
            + "|(?:^|[\\s，,。！!])对(?:的|呀|啊|了)?(?=$|[\\s，,。！!])|(?:^|[\\s，,。！!])嗯(?=$|[\\s，,。！!])");
    private static final Pattern NO = Pattern.compile("不对|不是|不确认|不用|不要|取消|撤销|算了|(?<!没)错|改成|改为|应该是|重新|别记");
    private static final Pattern REPLACES = Pattern.compile("更正|代报|全车");
    private static final Pattern VEHICLE = Pattern.compile("(\\d{1,3})\\s*(?:号车|号大巴|号|车)");
    private static final Pattern FIGURE = Pattern.compile("(\\d{1,4}|[零一二两俩仨三四五六七八九十百]{1,5}(?=\\s*(?:个人|人|个|位|名)))");

    private BusWords() {}

    /** "我们跟湖南一辆车", "坐的是湖南的3号车", "一起走的": the people ride along on a bus with others. */
    static boolean ridesAlong(String text) {
        return RIDES_ALONG.matcher(text).find();
    }

    /** "车号报错了": the bus number the sender said is said to be wrong (their own report, nobody's fault). */
    static boolean mixUp(String text) {
        return MIX_UP.matcher(text).find();
    }

    /**
     * "哦 车号报错了 我们坐的是湖南的3号车 一起走的 确认", "是的 没错": a word of yes, and none of no once the bus number said
     * wrong is set aside.
     */
    static boolean confirms(String text) {
        return YES.matcher(MIX_UP.matcher(text).replaceAll(" ")).find() && !denies(text);
    }

    /** A word of no ("不对", "不是", "取消"), the bus number said wrong set aside. */
    static boolean denies(String text) {
        return NO.matcher(MIX_UP.matcher(text).replaceAll(" ")).find();
    }

    /** "更正", "是全车的人数", "代报": the count is the bus's own, in place of its earlier one. */
    static boolean replaces(String text) {
        return REPLACES.matcher(text).find();
    }

    /** The vehicle numbers the text names ("3号车", "3车"). */
    static List<String> vehicles(String text) {
        return all(VEHICLE, text);
    }

    /**
     * The figures the text names besides its vehicles ("27人", "27", "二十七个"); the 一 of 一起, 一辆车 is none.
     */
    static List<Integer> figures(String text) {
        String t = VEHICLE.matcher(RIDES_ALONG.matcher(text).replaceAll(" ")).replaceAll(" ");
        return all(FIGURE, t).stream()
                .map(Numbers::read)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether the buses and figures the text names are all among those of the records asked about. */
    static boolean onlyAsked(String text, List<Record> asked) {
        List<String> buses = asked.stream()
                .filter(Headcount.class::isInstance)
                .map(r -> ((Headcount) r).vehicle())
                .toList();
        List<Integer> figures =
                asked.stream().map(BusWords::figure).flatMap(Optional::stream).toList();
        return buses.containsAll(vehicles(text)) && figures.containsAll(figures(text));
    }

    private static Optional<Integer> figure(Record r) {
        if (r instanceof Headcount h) return Optional.of(h.count());
        if (r instanceof MealCount m) return Optional.ofNullable(m.count());
        if (r instanceof MealCancel m) return Optional.ofNullable(m.count());
        if (r instanceof MealAdd m) return Optional.ofNullable(m.count());
        if (r instanceof Movement m) return Optional.ofNullable(m.count());
        return Optional.empty();
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
