package org.receptionbot.command;

import java.time.LocalDate;
import org.receptionbot.event.Event;
import org.receptionbot.summary.Texts;

/** /export: the workbook of a date range, posted in the chat; a range reaching outside the event is trimmed to it. */
public final class ExportCommand {
    private final Event event;
    private final ExportBuilder builder;
    private final Exports exports;

    /** @param exports where the workbook is posted, or null when exports are off */
    public ExportCommand(Event event, ExportBuilder builder, Exports exports) {
        this.event = event;
        this.builder = builder;
        this.exports = exports;
    }

    /** The {@code /export} example with the event's first and last days, e.g. "/export 11-20 11-25". */
    String example() {
        return "/export " + event.start().getMonthValue() + "-" + event.start().getDayOfMonth() + " "
                + event.end().getMonthValue() + "-" + event.end().getDayOfMonth();
    }

    /**
     * The {@code /help} text for the event: its dates in the export example, its first route, if any, in /visits,
     * its own delegation, restaurant, bus and pass in the other examples.
     */
    String help() {
        String route = event.visits().isEmpty() ? null : event.visits().get(0).name();
        return Help.text(example(), route, HelpExamples.of(event));
    }

    Answer export(Command.Export e, Asked asked) {
        if (exports == null) return Answer.of("导出功能未启用。");
        LocalDate from = e.from() == null ? asked.today() : e.from();
        LocalDate to = e.to() == null ? from : e.to();
        // the reception's days: the arrival days before the first day and the departure days after the last
        LocalDate start = event.receptionStart();
        LocalDate end = event.receptionEnd();
        String during = "（" + Texts.day(start) + "至" + Texts.day(end) + "）";
        if (to.isBefore(from) || to.isBefore(start) || from.isAfter(end))
            return Answer.of("导出日期需在接待期间内" + during + "。");
        LocalDate first = from.isBefore(start) ? start : from;
        LocalDate last = to.isAfter(end) ? end : to;
        String trimmed = first.equals(from) && last.equals(to) ? "" : "超出接待期间" + during + "的日期未导出。";
        boolean sent = exports.send(asked.chat(), asked.source().messageId(), builder.build(first, last, asked.now()));
        return Answer.of(sent ? "报表已生成：" + Texts.day(first) + "至" + Texts.day(last) + "。" + trimmed : "报表生成失败，请稍后再试。");
    }
}
