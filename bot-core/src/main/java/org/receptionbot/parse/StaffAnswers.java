package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a coordinator, a service or a driver says that answers a matter in its own words rather than reports one: the
 * matter taken on (我跟餐厅再确认下, 我让医生过去看看), where a diet is served (清真窗口在东侧), a driver reached again
 * (冉师傅回电话了，手机没电了，五分钟就到). Part of {@link ProviderAnswers}: such a message from no delegation's liaison
 * gives no ISSUE and no question.
 */
final class StaffAnswers {
    /**
     * The coordinator taking the matter on in the first person: telling the place that acts (我跟餐厅再确认下, 我跟云上说续一晚,
     * 我跟餐厅协调一下), sending someone (我让他们送过去, 我让医生过去看看, 我找人去搭电), doing their best (早餐盒我尽量协调) or
     * bringing what is needed (服务区见，给你送过去). Not when someone else is asked to do it (帮我跟餐厅说), nor said to a
     * liaison as an opening (我跟你说一下).
     */
    private static final Pattern TAKEN_ON =
            Pattern.compile("(?<![帮给替为让请叫])我们?(?:再|来|去|马上|这就|这边|尽快)?(?:跟|和)(?![你大])[^，。,；;！!？?\\s]{1,8}?"
                    + "(?:再|去|先)?(?:说|讲|协调|确认|联系|对接|沟通|打招呼|商量)"
                    + "|(?<![帮给替为让请叫])我们?(?:马上|这就|再|来|去)?(?:让(?![你我])|找人|派人|安排人)"
                    + "|我尽量|给你们?送(?:过去|过来)");
    /**
     * Where a diet is served, told: 清真窗口在东侧, 清真桌在8号桌, 九院宾馆餐厅有清真窗口 (not asked: 清真窗口在哪, 有没有清真的窗口).
     */
    private static final Pattern DIET_PLACE = Pattern.compile(
            "(?<!没)(?:清真|素食|素菜)的?(?:窗口|桌|区|灶|餐)?(?:在|设在)(?![哪几])" + "|(?<!没)有(?:清真|素食|素菜)的?(?:窗口|桌|区|灶)(?![吗没么嘛])");
    /** A driver named (张师傅), whose phone was dead: 冉师傅回电话了，手机没电了，五分钟就到. */
    private static final Pattern DRIVER_PHONE = Pattern.compile("师傅[^。；;？?]{0,12}手机(?:刚才)?(?:没电|关机)");
    /** What says the driver is still not to be reached, or people still wait for him (联系不上, 等了半小时). */
    private static final String[] STILL_UNREACHED = {"联系不上", "打不通", "没人接", "不接", "找不到", "等了", "还没来", "怎么办", "?", "？"};
    /** What after the matter taken on says it is still open (我跟前台说了 还是没人来, 我让师傅去了 但联系不上). */
    private static final String[] STILL_OPEN = {"还是", "还没", "仍然", "依然", "但是", "可是", "不管用", "没用"};

    private StaffAnswers() {}

    /** Whether the text of a message from no delegation's liaison answers a matter in one of these ways. */
    static boolean said(String text) {
        return takenOn(text) || dietPlace(text) || driverBack(text);
    }

    /** {@link #DIET_PLACE}, run only on a text with 清 or 素 (清真, 素食, 素菜), which every match holds. */
    private static boolean dietPlace(String text) {
        return (text.indexOf('清') >= 0 || text.indexOf('素') >= 0)
                && DIET_PLACE.matcher(text).find();
    }

    /** "有清真窗口，我跟餐厅再确认下", "感冒药医疗组有 我让他们送过去": the coordinator takes the matter on ({@link #TAKEN_ON}). */
    private static boolean takenOn(String text) {
        // Every match holds 我 or 送 (给你们送过去): no matcher for a text with neither.
        if (text.indexOf('我') < 0 && text.indexOf('送') < 0) return false;
        Matcher m = TAKEN_ON.matcher(text);
        if (!m.find()) return false;
        String after = text.substring(m.end());
        for (String w : STILL_OPEN) if (after.contains(w)) return false;
        return true;
    }

    /**
     * "张师傅：不好意思手机没电了 我在加油站 5分钟到", "田师傅在加油站 手机没电了": staff or the driver saying why he could not be
     * reached answer those who looked for him; unless he still cannot be reached ({@link #STILL_UNREACHED}).
     */
    private static boolean driverBack(String text) {
        if (!text.contains("师傅")
                || !text.contains("手机")
                || !DRIVER_PHONE.matcher(text).find()) return false;
        for (String w : STILL_UNREACHED) if (text.contains(w)) return false;
        return true;
    }
}
