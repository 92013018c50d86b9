package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the bot tells Telegram, and checks, once at start. */
final class BotSetup {
    private static final Logger log = LoggerFactory.getLogger(BotSetup.class);

    /** The command menu Telegram shows in the group: Latin names, Chinese descriptions. */
    static final List<BotCommand> COMMANDS = List.of(
            new BotCommand("help", "使用说明"),
            new BotCommand("meals", "用餐人数，如 /meals 明天 午餐"),
            new BotCommand("moves", "抵离动态，如 /moves 明天"),
            new BotCommand("counts", "车辆清点"),
            new BotCommand("issues", "待处理问题"),
            new BotCommand("status", "代表团情况，如 /status 湖南"),
            new BotCommand("car", "车辆信息，如 /car 3"),
            new BotCommand("visits", "考察名单，如 /visits 北海线"),
            new BotCommand("undo", "撤销自己上一条消息的记录"),
            new BotCommand("bind", "联络员绑定代表团，如 /bind 湖南"),
            new BotCommand("ack", "受理问题，如 /ack 12"),
            new BotCommand("done", "问题办结，如 /done 12 已更换房间"),
            new BotCommand("actual", "实际就餐人数，如 /actual 九院 午餐 412"),
            new BotCommand("export", "导出报表"),
            new BotCommand("remind", "设置提醒，如 /remind 明天07:30 带好证件"),
            new BotCommand("reminders", "待发提醒"),
            new BotCommand("unremind", "删除提醒，如 /unremind 3"));

    private BotSetup() {}

    /**
     * Reads {@code getMe}, registers the commands and sets up the way updates arrive. Returns the
     * bot's user; throws {@link TelegramUnavailableException} when Telegram refuses the token or
     * cannot be reached.
     */
    static User run(TelegramBot bot, TelegramSettings settings) {
        GetMeResponse me;
        try {
            me = bot.execute(new GetMe());
        } catch (RuntimeException e) {
            throw new TelegramUnavailableException(
                    "Telegram could not be reached at " + settings.apiUrl() + " (" + e.getMessage() + ")", e);
        }
        if (!me.isOk()) {
            throw new TelegramUnavailableException(
                    "Telegram refused the bot token (getMe: " + me.errorCode() + " " + me.description() + ")", null);
        }
        User user = me.user();
        log.info("Telegram bot @{} (id {}) serving chats {}", user.username(), user.id(), settings.servedChats());
        if (!Boolean.TRUE.equals(user.canReadAllGroupMessages())) {
            log.warn(
                    "Telegram bot @{} has group privacy mode on: in groups it sees only commands and replies to it. "
                            + "Turn it off with BotFather (/setprivacy → Disable) or make the bot an admin of the group, "
                            + "then remove the bot from the group and add it again.",
                    user.username());
        }
        check("setMyCommands", bot.execute(new SetMyCommands(COMMANDS.toArray(BotCommand[]::new))));
        if (settings.webhook() == null) {
            // getUpdates does not work while a webhook is set; pending updates are kept.
            check("deleteWebhook", bot.execute(new DeleteWebhook().dropPendingUpdates(false)));
        } else {
            SetWebhook hook = new SetWebhook()
                    .url(settings.webhook().publicUrl())
                    .secretToken(settings.webhook().secretToken())
                    .allowedUpdates(Poller.ALLOWED);
            if (settings.webhook().tls() != null) {
                WebhookTls tls = WebhookTls.load(settings.webhook().tls());
                if (tls.selfSigned()) hook.certificate(tls.pem());
            }
            check("setWebhook", bot.execute(hook));
        }
        return user;
    }

    private static void check(String what, BaseResponse response) {
        if (!response.isOk())
            log.warn("Telegram {} refused: {} {}", what, response.errorCode(), response.description());
    }
}
