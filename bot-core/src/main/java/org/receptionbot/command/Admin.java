package org.receptionbot.command;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Pending;
import org.receptionbot.summary.Texts;

/** /bind and /export. */
final class Admin {
    static final Duration BIND_WAIT = Duration.ofDays(1);
    private final Desk desk;
    private final Exports exports;

    Admin(Desk desk, Exports exports) {
        this.desk = desk;
        this.exports = exports;
    }

    Answer bind(Command.Bind b, Asked asked) {
        if (asked.sender().coordinator()) return Answer.of("您是协调组成员，可以修改所有代表团的记录，无需绑定。");
        if (b.delegation() == null) return Answer.of("请写明代表团，如“/bind 湖南”。");
        Optional<Delegation> d = desk.names().find(b.delegation());
        if (d.isEmpty()) return Answer.of(desk.names().notFound(b.delegation()));
        if (d.get().id().equals(asked.sender().delegation()))
            return Answer.of("您已是" + d.get().name() + "的联络员。");
        String platform = asked.chat().platform();
        Binding binding = new Binding(
                platform,
                asked.sender().userId(),
                asked.sender().name(),
                d.get().id(),
                null,
                asked.now());
        desk.pending()
                .put(
                        BindKeys.key(platform, asked.sender().userId()),
                        new Pending.BindRequest(binding, asked.source()),
                        asked.now().plus(BIND_WAIT));
        String text = asked.sender().name() + "申请绑定为" + d.get().name() + "联络员，请协调组确认。";
        Button confirm = new Button("确认", BindKeys.action(asked.sender().userId()));
        for (ChatRef chat : coordinatorsOr(asked.chat()))
            desk.outbox().send(new Reply(chat, null, text, List.of(confirm)));
        return Answer.of("已提交绑定申请（" + d.get().name() + "），待协调组确认后生效。");
    }

    Answer export(Command.Export e, Asked asked) {
        if (exports == null) return Answer.of("导出功能未启用。");
        LocalDate from = e.from() == null ? asked.today() : e.from();
        LocalDate to = e.to() == null ? from : e.to();
        if (!desk.event().covers(from) || !desk.event().covers(to) || to.isBefore(from))
            return Answer.of("导出日期需在活动期间内（" + Texts.day(desk.event().start()) + "至"
                    + Texts.day(desk.event().end()) + "）。");
        boolean sent = exports.send(
                asked.chat(), asked.source().messageId(), new ExportBuilder(desk).build(from, to, asked.now()));
        return Answer.of(sent ? "报表已生成：" + Texts.day(from) + "至" + Texts.day(to) + "。" : "报表生成失败，请稍后再试。");
    }

    private List<ChatRef> coordinatorsOr(ChatRef chat) {
        List<ChatRef> chats = desk.people().chats(ChatDef.Role.COORDINATORS);
        return chats.isEmpty() ? List.of(chat) : chats;
    }
}
