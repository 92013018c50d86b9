package org.receptionbot.parse;

import java.util.regex.Pattern;

/** Vehicles and transport: plates (京A12345), trains (G1234), flights (CA1234), 3号车 and 2辆大巴. */
final class TransportMentions {
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][A-Z][·.\\- ]?[A-Z0-9]{5,6}(?![A-Z0-9])");
    /** A train number; T1, T2 before an airport's words (航站楼, 出口, 到达) are its terminals, no train. */
    private static final Pattern TRAIN =
            Pattern.compile("(?<![A-Z0-9])(?!T\\d ?(?:航站|出口|到达|出发|国内|国际|停车|楼|口))[GDCKTZ]\\d{1,4}(?![0-9])");

    private static final Pattern FLIGHT =
            Pattern.compile("(?<![A-Z0-9])(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}(?![0-9])");
    private static final Pattern VEHICLE =
            Pattern.compile("(\\d{1,3}|[一二三四五六七八九十]{1,3}) ?(?:[号辆] ?)?(?:车(?![次厢站票型程位])|大巴|中巴|巴士|客车|小车|小巴)");
    /** 车5, 车5号: the vehicle's number after 车 (not 上车5人, 打车10分钟). */
    private static final Pattern VEHICLE_AFTER =
            Pattern.compile("(?<![上下停打坐乘开包租专叫拼班火汽动高])车 ?(\\d{1,2})号?(?![\\d:：.点分个人位名小天次])");

    /** A bus and its figure (3号车下车43, 6号车实到44), which may open a list of buses. */
    private static final Pattern LISTED_FIRST = Pattern.compile("\\d{1,2}号车(?:实到|下车|上车)?\\s?\\d{2}(?![\\d号:：点])");
    /** 4号42, 5号38: a later bus of the list, its number with 号 alone, then its figure of two digits. */
    private static final Pattern LISTED =
            Pattern.compile("(?<=[\\s,，、])([1-9]\\d?)号(?=(?:实到|下车|上车)?\\s?\\d{2}(?![\\d号:：点.]))");

    /** 9号10号车, 3号、4号车, 5号和6号大巴: the first of a list of buses, which drops its 车. */
    private static final Pattern FIRST_OF_PAIR = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?号(?= ?[、,，和跟与及]? ?"
            + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) ?号 ?(?:车(?![次厢站票型程位])|大巴|中巴|巴士|客车))");

    /** 蒙师傅的车, 李师傅那辆大巴, 覃师傅车上: a vehicle named by its driver's surname. */
    private static final Pattern BY_DRIVER =
            Pattern.compile("(\\p{IsHan})师傅(?:开)?的?(?:那|这)?(?:辆|台)?(?:车(?![次厢站票型程位])|大巴|中巴|巴士|客车)");

    private final Lexicon lexicon;

    TransportMentions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Plates, trains and flights: run only on a text with Latin letters. */
    void latin(Spans s) {
        // A plate opens with a province and a letter; a train or flight number holds a letter then a digit.
        if (adjacent(s.text, PROVINCES, 'A', 'Z'))
            s.find(PLATE, m -> {
                String id = lexicon.vehicleByPlate(m.group());
                return new Mention.Vehicle(id == null ? m.group() : id, m.start(), m.end());
            });
        if (adjacent(s.text, UPPER, '0', '9')) {
            s.find(TRAIN, m -> new Mention.Transport(m.group(), m.start(), m.end()));
            s.find(FLIGHT, m -> new Mention.Transport(m.group(), m.start(), m.end()));
        }
    }

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Whether one of {@code first} is right before a character between {@code from} and {@code to}. */
    private static boolean adjacent(String text, String first, char from, char to) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if (next >= from && next <= to && first.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** 蒙师傅的车: the vehicle of the event whose driver has that surname; an unknown or shared one names none. */
    void byDriver(Spans s) {
        if (!s.text.contains("师傅")) return;
        s.find(BY_DRIVER, m -> {
            String id = lexicon.vehicleByDriver(m.group(1).charAt(0));
            return id == null ? null : new Mention.Vehicle(id, m.start(), m.end());
        });
    }

    /** 3号车, 第3辆车: a vehicle of the event by its number. */
    void numbered(Spans s, boolean digits) {
        if (!Spans.contains(s.text, "车巴")) return;
        // "十二 号 客车": 车 or 巴 is at most 7 characters after the start.
        s.findNear(VEHICLE, "车巴", 7, m -> {
            int n = ChineseNumerals.value(m.group(1));
            // 3辆大巴: a number of buses, not the third; 第3辆车 is the third.
            if (m.group().indexOf('辆') >= 0 && (m.start() == 0 || s.text.charAt(m.start() - 1) != '第')) return null;
            // 晚上33 车找到了: the meal's figure, then the car as the next statement's subject.
            if (MealFigureNotBus.mealFigure(s.text, m.start(), m.group())) return null;
            return n <= 0 ? null : new Mention.Vehicle(Integer.toString(n), m.start(), m.end());
        });
        s.findNear(FIRST_OF_PAIR, "号", 4, m -> {
            String id = Integer.toString(ChineseNumerals.value(m.group(1)));
            return lexicon.hasVehicle(id) ? new Mention.Vehicle(id, m.start(), m.end()) : null;
        });
        // 6号车下车44 7号31: in a list of buses and their figures, the next bus may drop its 车.
        if (digits && LISTED_FIRST.matcher(s.text).find())
            s.find(
                    LISTED,
                    m -> lexicon.hasVehicle(m.group(1)) ? new Mention.Vehicle(m.group(1), m.start(), m.end()) : null);
        if (digits)
            s.findNear(
                    VEHICLE_AFTER,
                    "车",
                    0,
                    m -> new Mention.Vehicle(Integer.toString(Integer.parseInt(m.group(1))), m.start(), m.end()));
    }
}
