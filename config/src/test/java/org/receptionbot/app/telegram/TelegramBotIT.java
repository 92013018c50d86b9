package org.receptionbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.app.telegram.TelegramEvent.GROUP;
import static org.receptionbot.app.telegram.TelegramEvent.liaison;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.MealCancel;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application serving a Telegram group through the real pengrad client, against a local
 * server speaking the Bot API: what liaisons type becomes records and answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotIT {
    /**
     * Longer than the group's one-minute sending window: the tests share one bot, and after the burst test the
     * group's limit (20 messages a minute) may hold the next answers until the window has passed.
     */
    private static final Duration WAIT = Duration.ofSeconds(75);

    private static final ChatRef CHAT = new ChatRef("telegram", Long.toString(GROUP));

    @TempDir
    static Path dir;

    FakeBotApi api;
    ConfigurableApplicationContext context;
    Ledger ledger;

    @BeforeAll
    void start() throws Exception {
        api = new FakeBotApi();
        context = new SpringApplicationBuilder(BotApplication.class)
                .run(TelegramEvent.application(dir, api, "--reception.telegram.poll-timeout=0s"));
        ledger = context.getBean(Ledger.class);
    }

    @AfterAll
    void stop() {
        context.close();
        api.close();
    }

    @Test
    void aLiaisonsMessageBecomesRecordsAndAnAnswerAndADuplicateDeliveryChangesNothing() {
        api.offer(FakeUpdates.message(GROUP, 7, liaison(0), "联络员1", "明天晚餐少5人"));

        FakeBotApi.Call answer = await().atMost(WAIT).until(() -> answerTo(7), a -> a != null);
        assertThat(answer.param("text")).startsWith("已记录").contains("北京代表团").contains("晚餐");
        assertThat(answer.param("parse_mode")).isEqualTo("HTML");
        assertThat(answer.param("reply_markup")).contains("撤销").contains("callback_data");
        assertThat(cancelled(7)).containsExactly(5);

        int again = api.offer(FakeUpdates.message(GROUP, 7, liaison(0), "联络员1", "明天晚餐少5人"));
        await().atMost(WAIT).until(() -> api.confirmedBelow() > again);
        assertThat(cancelled(7)).containsExactly(5);
        assertThat(dayEntriesOfTomorrow(7)).hasSize(1);
        assertThat(api.calls("sendMessage").stream().filter(c -> repliesTo(c, 7)))
                .hasSize(1);
    }

    @Test
    void anEditReplacesTheRecordsOfTheFirstVersion() {
        api.offer(FakeUpdates.message(GROUP, 20, liaison(1), "联络员2", "明天晚餐少5人"));
        await().atMost(WAIT).until(() -> cancelled(20), c -> c.equals(List.of(5)));

        api.offer(FakeUpdates.edited(GROUP, 20, liaison(1), "联络员2", "明天晚餐少6人"));

        await().atMost(WAIT).until(() -> cancelled(20), c -> c.equals(List.of(6)));
        await().atMost(WAIT)
                .until(() -> api.calls("sendMessage").stream()
                        .anyMatch(c -> repliesTo(c, 20) && c.param("text").contains("已按修改后的消息更新")));
    }

    @Test
    void theUndoButtonTakesBackTheRecordsAndAnotherLiaisonsPressIsRefusedInItsPopUp() {
        // tomorrow's dinner: a meal whose serving has begun cannot be undone, and the test runs at any hour
        api.offer(FakeUpdates.message(GROUP, 30, liaison(2), "联络员3", "明天晚餐少4人"));
        FakeBotApi.Call answer = await().atMost(WAIT).until(() -> answerTo(30), a -> a != null);
        String undo = answer.json("reply_markup")
                .get("inline_keyboard")
                .get(0)
                .get(0)
                .get("callback_data")
                .asString();
        int botMessage = 50_000; // any id of the bot's: the core answers under it

        api.offer(FakeUpdates.press(GROUP, botMessage, liaison(3), "联络员4", undo));
        await().atMost(WAIT).until(() -> api.calls("answerCallbackQuery").size() >= 1);
        assertThat(cancelled(30)).containsExactly(4);
        FakeBotApi.Call refused = api.calls("answerCallbackQuery").get(0);
        assertThat(refused.param("text")).startsWith("抱歉");
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(api.calls("sendMessage")).noneMatch(c -> repliesTo(c, botMessage));

        int pressed = api.offer(FakeUpdates.press(GROUP, botMessage + 1, liaison(2), "联络员3", undo));
        await().atMost(WAIT).until(() -> cancelled(30).isEmpty());
        await().atMost(WAIT).until(() -> api.confirmedBelow() > pressed);
        assertThat(api.calls("answerCallbackQuery")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void namesWithMarkupAreEscapedInTheAnswers() {
        long stranger = 7777;
        api.offer(FakeUpdates.message(GROUP, 40, stranger, "<b>张&三</b>", "/bind 湖南"));

        FakeBotApi.Call answer = await().atMost(WAIT)
                .until(
                        () -> api.calls("sendMessage").stream()
                                .filter(c -> c.param("text").contains("张"))
                                .findFirst()
                                .orElse(null),
                        a -> a != null);
        assertThat(answer.param("text")).contains("&lt;b&gt;张&amp;三&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void theReporterIsNamedTheSameInTheIssueNoticeAndInTheAckAnswer() {
        api.offer(FakeUpdates.message(GROUP, 60, liaison(4), "Li Na", "房间没有热水"));
        FakeBotApi.Call notice = await().atMost(WAIT)
                .until(
                        () -> api.calls("sendMessage").stream()
                                .filter(c -> Long.toString(TelegramEvent.COORDINATORS)
                                        .equals(c.chatId()))
                                .filter(c -> c.param("text").contains("房间没有热水"))
                                .findFirst()
                                .orElse(null),
                        c -> c != null);
        String number = notice.param("text").replaceAll("(?s)^新问题#(\\d+).*", "$1");
        assertThat(notice.param("text")).contains("（联络员5 ").doesNotContain("Li Na");

        api.offer(FakeUpdates.message(GROUP, 61, TelegramEvent.COORDINATOR, "Tian", "/ack " + number));

        FakeBotApi.Call ack = await().atMost(WAIT).until(() -> answerTo(61), a -> a != null);
        assertThat(ack.param("text")).contains("田主任受理").contains("报告人：联络员5").doesNotContain("Li Na");
    }

    @Test
    void theUndoButtonUnderACoordinatorsAckTakesTheAcknowledgementBack() {
        api.offer(FakeUpdates.message(GROUP, 70, liaison(5), "联络员6", "房间空调坏了"));
        FakeBotApi.Call report = await().atMost(WAIT).until(() -> answerTo(70), a -> a != null);
        String number = report.param("text").replaceAll("(?s).*问题#(\\d+).*", "$1");
        api.offer(FakeUpdates.message(GROUP, 71, TelegramEvent.COORDINATOR, "Tian", "/ack " + number + " 已派维修工"));
        FakeBotApi.Call ack = await().atMost(WAIT).until(() -> answerTo(71), a -> a != null);
        String undo = ack.json("reply_markup")
                .get("inline_keyboard")
                .get(0)
                .get(0)
                .get("callback_data")
                .asString();
        int botMessage = 50_100;

        api.offer(FakeUpdates.press(GROUP, botMessage, TelegramEvent.COORDINATOR, "Tian", undo));

        FakeBotApi.Call undone = await().atMost(WAIT).until(() -> answerTo(botMessage), a -> a != null);
        assertThat(undone.param("text")).isEqualTo("已撤销：" + number + "号问题的受理\n" + number + "号问题恢复为待处理");
    }

    @Test
    void aChangedPackingFigureChangesTheOrderAndOpensNoSecondOne() {
        // trial 54: "明天早饭打包改成10份" opened a second caterer order beside the first
        api.offer(FakeUpdates.message(GROUP, 80, liaison(6), "联络员7", "明天早饭打包8份"));
        FakeBotApi.Call first = await().atMost(WAIT).until(() -> answerTo(80), a -> a != null);
        String number = first.param("text").replaceAll("(?s).*问题#(\\d+).*", "$1");

        api.offer(FakeUpdates.message(GROUP, 81, liaison(6), "联络员7", "明天早饭打包改成10份"));

        FakeBotApi.Call changed = await().atMost(WAIT).until(() -> answerTo(81), a -> a != null);
        assertThat(changed.param("text")).contains("已补充到问题#" + number).contains("打包10份");
        await().atMost(WAIT).until(() -> toCoordinators().stream().anyMatch(t -> t.contains("问题#" + number + "有补充")));
        assertThat(toCoordinators()).noneMatch(t -> t.startsWith("新问题#") && t.contains("打包改成10份"));
    }

    private List<String> toCoordinators() {
        return api.calls("sendMessage").stream()
                .filter(c -> Long.toString(TelegramEvent.COORDINATORS).equals(c.chatId()))
                .map(c -> c.param("text"))
                .toList();
    }

    @Test
    void aBurstOfTwoHundredMessagesFromThirtyLiaisonsIsAllRecordedWithinTheGroupsLimit() {
        List<Integer> ids = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            int id = 1000 + n;
            int who = n % 30;
            ids.add(id);
            // each liaison's reports differ: the same relative change again within ten minutes is asked about
            String text = "明天午餐少" + (n / 30 + 1) + "人";
            api.offer(FakeUpdates.message(GROUP, id, liaison(who), "联络员" + (who + 1), text));
        }

        await().atMost(Duration.ofSeconds(90))
                .until(() -> ids.stream().allMatch(id -> !activeOf(id).isEmpty()));
        await().atMost(Duration.ofSeconds(90)).until(() -> ids.stream().allMatch(this::acknowledged));
        ids.forEach(id -> assertThat(dayEntriesOfTomorrow(id)).hasSize(1));
        assertThat(mostInAMinute(GROUP)).isLessThanOrEqualTo(20);
        List<String> texts = api.calls("sendMessage").stream()
                .filter(c -> Long.toString(GROUP).equals(c.chatId()))
                .map(c -> c.param("text"))
                .toList();
        assertThat(texts)
                .as("digests end with the totals as they stand, not one under every item")
                .anySatisfy(t -> assertThat(t).startsWith("以下 ").containsPattern("\n当前合计：\n[^\n]+合计\\d+人"))
                .allSatisfy(t -> assertThat(t.lines().filter(l -> l.matches("\\d+\\. .*")))
                        .noneMatch(l -> l.contains("合计")));
    }

    // What the bot sent.

    private FakeBotApi.Call answerTo(int messageId) {
        return api.calls("sendMessage").stream()
                .filter(c -> repliesTo(c, messageId))
                .findFirst()
                .orElse(null);
    }

    private static boolean repliesTo(FakeBotApi.Call call, int messageId) {
        return Long.toString(GROUP).equals(call.chatId())
                && Integer.valueOf(messageId).equals(call.replyToMessageId());
    }

    /** Its own answer, or a reaction on it with its confirmation in a digest. */
    private boolean acknowledged(int messageId) {
        return answerTo(messageId) != null
                || api.calls("setMessageReaction").stream()
                        .anyMatch(c -> c.param("message_id").equals(Integer.toString(messageId)));
    }

    private int mostInAMinute(long chat) {
        List<Instant> times = new ArrayList<>();
        for (String method : List.of("sendMessage", "sendDocument")) {
            api.calls(method).stream()
                    .filter(c -> c.param("chat_id").equals(Long.toString(chat)))
                    .forEach(c -> times.add(c.at()));
        }
        times.sort(null);
        int most = 0;
        for (int i = 0; i < times.size(); i++) {
            int j = i;
            while (j < times.size() && times.get(j).isBefore(times.get(i).plusSeconds(60))) j++;
            most = Math.max(most, j - i);
        }
        return most;
    }

    // What the ledger holds.

    private List<Entry> activeOf(int messageId) {
        return ledger.activeEntriesOf(Source.messageRef(CHAT, Integer.toString(messageId)));
    }

    private List<Integer> cancelled(int messageId) {
        return activeOf(messageId).stream()
                .map(Entry::record)
                .filter(MealCancel.class::isInstance)
                .map(r -> ((MealCancel) r).count())
                .toList();
    }

    private List<Entry> dayEntriesOfTomorrow(int messageId) {
        return entriesOn(TelegramEvent.today().plusDays(1), messageId);
    }

    private List<Entry> entriesOn(java.time.LocalDate day, int messageId) {
        String ref = Source.messageRef(CHAT, Integer.toString(messageId));
        Set<String> seen = new HashSet<>();
        return ledger.day(day).entries().stream()
                .filter(e -> e.source().messageRef().equals(ref))
                .filter(e -> seen.add(e.id()))
                .toList();
    }
}
