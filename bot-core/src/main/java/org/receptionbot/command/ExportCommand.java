package org.receptionbot.command;

import java.time.LocalDate;
import org.receptionbot.event.Event;
import org.receptionbot.summary.Texts;

/** /export: the workbook of a date range, posted in the chat. */
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

    Answer export(Command.Export e, Asked asked) {
        if (exports == null) return Answer.of("导出功能未启用。");
        LocalDate from = e.from() == null ? asked.today() : e.from();
        LocalDate to = e.to() == null ? from : e.to();
        if (!event.covers(from) || !event.covers(to) || to.isBefore(from))
            return Answer.of("导出日期需在活动期间内（" + Texts.day(event.start()) + "至" + Texts.day(event.end()) + "）。");
        boolean sent = exports.send(asked.chat(), asked.source().messageId(), builder.build(from, to, asked.now()));
        return Answer.of(sent ? "报表已生成：" + Texts.day(from) + "至" + Texts.day(to) + "。" : "报表生成失败，请稍后再试。");
    }
}
