package org.receptionbot.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.event.Event;

/**
 * A vehicle's driver, phone or plate asked for or requested in words: a bus, a site-visit route or a delegation
 * (我们 for the asker's own), then what is wanted, then a question or a request ("1号车司机电话发我一下",
 * "3号车车牌多少", "北海线的车牌号发一下", "请问我们百色线坐几号车", "麻烦把2号车师傅的电话发一下", "我们的司机电话发我一下"). Read as a whole
 * message by {@link #read}, and as one clause of a longer message by {@link #within} ("湖北 中午56 晚上56 哦对了1号车司机电话
 * 发我一下": the figures are recorded and the card is added to the answer). A message that says nothing of what is
 * wanted ("1号车发一下") or adds anything else is no request.
 */
public final class VehicleRequests {
    private static final String ITEM = "(?:(?:司机|师傅)(?:的)?(?:姓名|名字|电话|手机|联系方式)?(?:号码?)?|车牌(?:号码?)?"
            + "|(?:电话|手机)(?:号码?)?|联系方式|车号|(?:是|有)?(?:哪几辆|哪几台|哪些车|几号车|几辆))";
    private static final String ITEMS = ITEM + "(?:(?:和|跟|及|与|、|还有|以及)" + ITEM + ")*";
    private static final String ASK = "(?:是)?(?:多少|几号|什么|啥|是谁|谁|哪些)";
    private static final String SEND = "(?:麻烦|请)?(?:发|给|告诉|说|报|转)(?:给)?(?:我|我们|一下|下|过来|到群里|群里|到群|一个)*";
    private static final String TAIL = "(?:" + ASK + "|" + SEND + ")?(?:一下)?(?:吧|呗|哈|啊|呢|哦|谢谢)*[？?。！!～~]*";
    private static final String HEAD = "(?:你好|您好|请问|麻烦(?:一下|你|您)?|请|帮忙|帮我)?(?:把|给我|发一下|发我|查一下|问一下)?";
    private static final String CARS = "(?:的)?(?:车|车辆|大巴|用车)?(?:的)?";
    /** The riding said before what is asked ("百色线坐几号车", "我们坐的是哪几辆"). */
    private static final String RIDE = "(?:坐|乘|乘坐)?(?:的)?";

    private static final Pattern BUS = Pattern.compile(HEAD + "(\\d{1,3})\\s*号?\\s*(?:车|大巴)(?:的)?" + ITEMS + TAIL);
    private static final Pattern ROUTE_WORD = Pattern.compile("[\\p{IsHan}]{1,6}?(?:线|路线)");
    private static final Pattern OWN = Pattern.compile(HEAD + "(?:我们团|我们|咱们|本团|我团)" + CARS + ITEMS + TAIL);
    private static final Pattern NAMED = Pattern.compile(HEAD + "([\\p{IsHan}]{1,12}?)" + CARS + ITEMS + TAIL);
    /** Where a clause of a longer message may begin: after spaces, punctuation or a filler (哦对了, 另外, 顺便). */
    private static final Pattern CLAUSES = Pattern.compile("[\\s，,。；;！!]+|(?<=[？?])");

    private static final Pattern FILLER = Pattern.compile("^(?:[哦噢啊嗯]+)?(?:对了|另外|还有|顺便(?:问一下|说一下)?|再|然后)*[，,]?");

    private final Event event;
    private final DelegationNames names;
    private final Pattern route;

    public VehicleRequests(Event event) {
        this.event = event;
        this.names = new DelegationNames(event);
        String words = Stream.concat(
                        event.visits().stream()
                                .flatMap(r -> r.words().stream())
                                .sorted(Comparator.comparingInt(String::length).reversed())
                                .map(Pattern::quote),
                        Stream.of(ROUTE_WORD.pattern()))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        // 请问我们百色线坐几号车: the asker's own going on the route
        this.route = Pattern.compile(HEAD + "(?:我们|咱们)?(?:的)?(" + words + ")(?:线|路线|组)?" + CARS + RIDE + ITEMS + TAIL);
    }

    /** The card the whole text asks for, or null when it is no such request. */
    public Command read(String text) {
        String t = text.strip();
        Matcher m = BUS.matcher(t);
        if (m.matches()) return new Command.Car(m.group(1));
        if ((m = route.matcher(t)).matches()) return new Command.RouteVehicles(m.group(1));
        if (OWN.matcher(t).matches()) return new Command.VehicleOf("");
        if ((m = NAMED.matcher(t)).matches() && names.find(m.group(1)).isPresent())
            return new Command.VehicleOf(m.group(1));
        return null;
    }

    /** The card one clause of the text asks for, from where a clause may begin to the end of the text or of a clause. */
    public Optional<Command> within(String text) {
        List<String> clauses = List.of(CLAUSES.split(text.strip()));
        for (int i = 0; i < clauses.size(); i++) {
            String clause = FILLER.matcher(clauses.get(i)).replaceFirst("");
            if (clause.isEmpty()) continue;
            Command c = read(clause);
            if (c != null) return Optional.of(c);
        }
        return Optional.empty();
    }
}
