package org.receptionbot.command;

import java.util.List;
import java.util.stream.Collectors;

/** The help: every command with its Chinese words, as data, and the text {@code /help} answers. */
public final class Help {

    /**
     * One line of the help.
     *
     * @param command the command as typed, with example arguments ({@code /meals 明天 午餐})
     * @param what what it does
     * @param words the Chinese words that do the same without a slash, as the help shows them
     */
    public record Entry(String command, String what, List<String> words) {

        String line() {
            return command + " — " + what + (words.isEmpty() ? "" : "（" + String.join("、", words) + "）");
        }
    }

    /** The example of {@code /export} in {@link #ENTRIES}, whose dates {@link #text} replaces. */
    static final String EXPORT_EXAMPLE = "/export 11-20 11-25";

    /** The route named in the example of {@code /visits} in {@link #ENTRIES}, which {@link #text} replaces. */
    static final String ROUTE_EXAMPLE = "北海线";

    /** Every command the help lists, in its order. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("/meals 明天 午餐", "查看用餐人数", List.of("查看午餐", "明天早餐")),
            new Entry("/moves 明天", "抵离动态", List.of("今日动态", "明天动态", "查看到达", "今天谁到")),
            new Entry("/counts", "车辆清点", List.of("车辆清点")),
            new Entry("/issues", "待处理问题", List.of("问题清单")),
            new Entry("/status 湖南", "代表团情况", List.of("本团情况")),
            new Entry("/car 3", "车辆信息", List.of("3号车在哪")),
            new Entry("/visits 北海线", "考察名单：各线路人员、车辆和清点", List.of("考察名单", "北海线名单")),
            new Entry("/undo", "撤销自己上一条消息的记录", List.of("撤销")),
            new Entry("/bind 湖南", "联络员绑定代表团，需协调组确认", List.of("绑定 湖南")),
            new Entry("/ack 12", "受理问题", List.of("受理 12")),
            new Entry("/done 12 已更换房间", "问题办结", List.of("办结 12 已更换房间")),
            new Entry("/merge 15 7", "合并同一件事的问题（15号并入7号）", List.of("15号问题和7号是一个事")),
            new Entry("/actual 九院 午餐 412", "登记实际就餐人数", List.of("实到 九院 午餐 412")),
            new Entry(EXPORT_EXAMPLE, "导出报表", List.of("导出")),
            new Entry("/remind 明天07:30 各代表团带好参赛证", "协调组设置提醒", List.of("设置提醒 明天07:30 …")),
            new Entry("/reminders", "待发提醒", List.of("提醒列表")),
            new Entry("/unremind 3", "删除提醒", List.of("删除提醒 3")),
            new Entry("/help", "本说明", List.of("帮助")));

    /**
     * The text {@code /help} answers: its export example reading {@code exportExample} (the event's own dates), its
     * {@code /visits} line naming {@code route} (the event's first route), left out when the event has none.
     */
    static String text(String exportExample, String route) {
        return text(exportExample, route, HelpExamples.TEMPLATE);
    }

    /** The text {@code /help} answers, with {@code examples} (the event's own names) in place of the sample's. */
    static String text(String exportExample, String route, HelpExamples examples) {
        return examples.apply("""
                接待保障助手 使用说明
                直接在群里说明情况即可，如“湖南团今晚少5人”“3号车实到42人”“房间没有热水”，机器人会回复记录结果。
                常用指令（斜杠指令或中文均可）：
                """
                + ENTRIES.stream()
                        .filter(e -> route != null || !e.command().startsWith("/visits"))
                        .map(e ->
                                e.command().equals(EXPORT_EXAMPLE) ? new Entry(exportExample, e.what(), e.words()) : e)
                        .map(e -> route == null || !e.command().startsWith("/visits") ? e : named(e, route))
                        .map(Entry::line)
                        .collect(Collectors.joining("\n")));
    }

    /** The entry with the event's route in place of the example's. */
    private static Entry named(Entry e, String route) {
        return new Entry(
                e.command().replace(ROUTE_EXAMPLE, route),
                e.what(),
                e.words().stream().map(w -> w.replace(ROUTE_EXAMPLE, route)).toList());
    }

    private Help() {}
}
