package org.receptionbot.app.discord;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;

/**
 * The work group of one platform as the same-day test drives it: every step waits for the bot's
 * one answer before the next, so both platforms see the same order. An answer is a reply (to the
 * message, the pressed receipt or the command's echo); what the bot posts on its own schedule (a
 * deadline reminder, the evening briefing) replies to nothing and is not an answer.
 */
sealed interface SameDayChats {
    Duration WAIT = Duration.ofSeconds(20);

    /** {@code user} says {@code text}; returns the bot's answer. */
    String say(long user, String name, String text);

    /** {@code user} changes the message {@code said} earlier (the text of its first saying) to {@code text}. */
    String edit(long user, String name, String said, String text);

    /** {@code user} presses the first button (撤销) under the bot's answer to {@code said}. */
    String pressUndo(long user, String name, String said);

    /** A coordinator asks {@code command} ("meals") with {@code words}, as the platform lets them. */
    String ask(long user, String name, String command, String words);

    /** Telegram: a group chat of {@link FakeBotApi}; commands are typed. */
    final class Telegram implements SameDayChats {
        private final FakeBotApi api;
        private final long chat;
        private final java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        private final java.util.Map<String, FakeBotApi.Call> answers = new java.util.HashMap<>();
        private int next = 1;

        Telegram(FakeBotApi api, long chat) {
            this.api = api;
            this.chat = chat;
        }

        public String say(long user, String name, String text) {
            int id = next++;
            ids.put(text, id);
            FakeBotApi.Call answer = awaitAnswer(() -> api.offer(FakeUpdates.message(chat, id, user, name, text)));
            answers.put(text, answer);
            return answer.text();
        }

        public String edit(long user, String name, String said, String text) {
            return awaitAnswer(() -> api.offer(FakeUpdates.edited(chat, ids.get(said), user, name, text)))
                    .text();
        }

        public String pressUndo(long user, String name, String said) {
            String undo = answers.get(said)
                    .json("reply_markup")
                    .get("inline_keyboard")
                    .get(0)
                    .get(0)
                    .get("callback_data")
                    .asString();
            return awaitAnswer(() -> api.offer(FakeUpdates.press(chat, 50_000 + next++, user, name, undo)))
                    .text();
        }

        public String ask(long user, String name, String command, String words) {
            return say(user, name, "/" + command + (words == null ? "" : " " + words));
        }

        private FakeBotApi.Call awaitAnswer(Runnable step) {
            int before = replies().size();
            step.run();
            return await().atMost(WAIT)
                    .until(this::replies, s -> s.size() > before)
                    .get(before);
        }

        private List<FakeBotApi.Call> replies() {
            return api.messagesTo(Long.toString(chat)).stream()
                    .filter(c -> c.replyToMessageId() != null)
                    .toList();
        }
    }

    /** Discord: a channel of {@link FakeDiscord}; commands are the server's slash commands. */
    final class Discord implements SameDayChats {
        private final FakeDiscord discord;
        private final long channel;
        private final java.util.Map<String, Long> ids = new java.util.HashMap<>();
        private final java.util.Map<String, FakeDiscord.Posted> answers = new java.util.HashMap<>();

        Discord(FakeDiscord discord, long channel) {
            this.discord = discord;
            this.channel = channel;
        }

        public String say(long user, String name, String text) {
            FakeDiscord.Posted answer = awaitAnswer(() -> ids.put(text, discord.say(channel, user, name, text)));
            answers.put(text, answer);
            return answer.content();
        }

        public String edit(long user, String name, String said, String text) {
            return awaitAnswer(() -> discord.edit(channel, ids.get(said), text)).content();
        }

        public String pressUndo(long user, String name, String said) {
            FakeDiscord.Posted answer = answers.get(said);
            return awaitAnswer(() -> discord.press(
                            channel, answer.id(), user, name, answer.buttonIds().get(0)))
                    .content();
        }

        public String ask(long user, String name, String command, String words) {
            return awaitAnswer(() -> discord.slash(channel, user, name, command, words))
                    .content();
        }

        private FakeDiscord.Posted awaitAnswer(Runnable step) {
            int before = replies().size();
            step.run();
            return await().atMost(WAIT)
                    .until(this::replies, p -> p.size() > before)
                    .get(before);
        }

        private List<FakeDiscord.Posted> replies() {
            return discord.posted(channel).stream()
                    .filter(p -> p.replyTo() != null)
                    .toList();
        }
    }
}
