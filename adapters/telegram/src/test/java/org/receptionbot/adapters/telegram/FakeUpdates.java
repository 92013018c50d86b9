package org.receptionbot.adapters.telegram;

import static org.receptionbot.adapters.telegram.FakeBotApi.BOT_ID;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Updates as Telegram sends them, for a test to offer to {@link FakeBotApi}. */
public final class FakeUpdates {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FakeUpdates() {}

    /** An update carrying a message {@code userId} wrote in the chat. */
    public static ObjectNode message(long chatId, int messageId, long userId, String firstName, String text) {
        ObjectNode update = NODES.objectNode();
        update.set("message", messageBody(chatId, messageId, userId, firstName, text));
        return update;
    }

    /** An update carrying a message that replies to the bot's message {@code to}. */
    public static ObjectNode reply(long chatId, int messageId, long userId, String firstName, String text, int to) {
        ObjectNode update = message(chatId, messageId, userId, firstName, text);
        ((ObjectNode) update.get("message")).set("reply_to_message", messageBody(chatId, to, BOT_ID, "接待保障助手", "…"));
        return update;
    }

    /** An update carrying the new text of an edited message. */
    public static ObjectNode edited(long chatId, int messageId, long userId, String firstName, String text) {
        ObjectNode body = messageBody(chatId, messageId, userId, firstName, text);
        body.put("edit_date", System.currentTimeMillis() / 1000 + 1);
        ObjectNode update = NODES.objectNode();
        update.set("edited_message", body);
        return update;
    }

    /** An update carrying a press of a button with {@code data} under the bot's message. */
    public static ObjectNode press(long chatId, int botMessageId, long userId, String firstName, String data) {
        ObjectNode query = NODES.objectNode().put("id", "cb" + botMessageId + "-" + userId + "-" + data.hashCode());
        query.set("from", user(userId, firstName));
        query.set("message", messageBody(chatId, botMessageId, BOT_ID, "接待保障助手", "…"));
        query.put("chat_instance", "ci" + chatId).put("data", data);
        ObjectNode update = NODES.objectNode();
        update.set("callback_query", query);
        return update;
    }

    /** The service message a group gets when it becomes a supergroup. */
    public static ObjectNode migration(long fromChatId, int messageId, long toChatId) {
        ObjectNode body = messageBody(fromChatId, messageId, 1, "管理员", null);
        body.put("migrate_to_chat_id", toChatId);
        ObjectNode update = NODES.objectNode();
        update.set("message", body);
        return update;
    }

    private static ObjectNode messageBody(long chatId, int messageId, long userId, String firstName, String text) {
        ObjectNode message =
                NODES.objectNode().put("message_id", messageId).put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat")
                .put("id", chatId)
                .put("type", chatId < -1_000_000_000_000L ? "supergroup" : "group")
                .put("title", "接待工作群");
        message.set("from", user(userId, firstName));
        if (text != null) message.put("text", text);
        return message;
    }

    private static ObjectNode user(long userId, String firstName) {
        return NODES.objectNode()
                .put("id", userId)
                .put("is_bot", userId == BOT_ID)
                .put("first_name", firstName);
    }
}
