package org.receptionbot.adapters.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.testing.InMemoryInboundLog;

class SandboxTest {

    private static final ChatRef GROUP = new ChatRef("sandbox", "work-group");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryInboundLog inbound = new InMemoryInboundLog();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    void aTypedLineGoesThroughTheCoreAndTheReplyIsPrinted() {
        String output = session("湖南今晚35人\n");

        assertThat(output)
                .contains("[湖南省代表团 · 联络员 李娜] > ")
                .contains("【接待保障助手】已保存第1条消息：湖南今晚35人")
                .endsWith("再见。" + System.lineSeparator());
        assertThat(inbound.all()).singleElement().satisfies(m -> {
            assertThat(m.chat()).isEqualTo(GROUP);
            assertThat(m.senderId()).isEqualTo("hunan-li");
            assertThat(m.senderName()).isEqualTo("李娜");
        });
    }

    @Test
    void switchesToALiaisonByAliasOrToACoordinator() {
        String output = session(":as 黔\n贵州明早不吃早餐\n:as 协调员\n收到\n");

        assertThat(output).contains("[贵州省代表团 · 联络员 王芳] > ").contains("[协调员 张伟] > ");
        assertThat(inbound.all()).extracting(IncomingMessage::senderId).containsExactly("guizhou-wang", "zhang");
    }

    @Test
    void switchesToALiaisonNamedInTraditionalCharacters() {
        String output = session(":as 貴州\n貴州明早不吃早餐\n");

        assertThat(output).contains("[贵州省代表团 · 联络员 王芳] > ").doesNotContain("没有找到");
        assertThat(inbound.all()).extracting(IncomingMessage::senderId).containsExactly("guizhou-wang");
    }

    @Test
    void listsThePeopleAndExplainsUnknownNamesAndCommands() {
        String output = session(":who\n:as 火星\n:frobnicate\n");

        assertThat(output)
                .contains("  1  湖南省代表团 · 联络员 李娜")
                .contains("  3  协调员 张伟")
                .contains("没有找到“火星”")
                .contains("不认识的命令：:frobnicate");
        assertThat(inbound.all()).isEmpty();
    }

    @Test
    void pastedLinesAreOneMessageUntilAnEmptyLineOrEnd() {
        session(":paste\n午餐接龙\n1.湖南 30\n2.湖北 照常\n\n单独一条\n:paste\n第二段\n:end\n");

        assertThat(inbound.all())
                .extracting(IncomingMessage::text)
                .containsExactly("午餐接龙\n1.湖南 30\n2.湖北 照常", "单独一条", "第二段");
    }

    @Test
    void aPasteShowsOneMarkForEachLinePasted() {
        String output = session(":paste\n午餐接龙\n1.湖南 30\n2.湖北 照常\n\n:paste\n第二段\n:end\n");

        assertThat(output.split("… ", -1)).hasSize(3 + 1 + 1);
    }

    @Test
    void stopsAtQuitAndIgnoresWhatFollows() {
        session("第一条\n:quit\n第二条\n");

        assertThat(inbound.all()).extracting(IncomingMessage::text).containsExactly("第一条");
    }

    @Test
    void messagesInTheSameMillisecondGetDistinctIds() {
        session("一\n二\n三\n");

        long now = FIXED.millis();
        assertThat(inbound.all())
                .extracting(IncomingMessage::messageId)
                .containsExactly(Long.toString(now), Long.toString(now + 1), Long.toString(now + 2));
    }

    @Test
    void movingThePretendClockForwardDoesTheTimedWorkOnTheWayOnceAndGoingBackStartsAgainFromThere() {
        List<String> work = new java.util.ArrayList<>();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);

        sandbox.run(
                new Echo(sandbox.outbox()),
                (from, to) -> work.add(from + "→" + to),
                new BufferedReader(new StringReader(":time 11-22 09:20\n:time 09:35\n好\n:time 10:05\n")));

        // FIXED is 10:00 in Shanghai: going back to 09:20 does nothing; then each step forward once.
        assertThat(work)
                .containsExactly(
                        "2026-11-22T01:20:00Z→2026-11-22T01:35:00Z", "2026-11-22T01:35:00Z→2026-11-22T02:05:00Z");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("现在假定为：11月22日（周日）09:35");
    }

    @Test
    void whatAJumpSendsIsHeadedAsLateAndAJumpThatSendsNothingPrintsNoHeading() {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);
        TimedWork remindAtHalfPast = (from, to) -> {
            if (from.toString().startsWith("2026-11-22T02:1"))
                sandbox.outbox().send(Reply.notice(sandbox.chat(), "【报餐提醒】午餐"));
        };

        sandbox.run(
                new Echo(sandbox.outbox()),
                remindAtHalfPast,
                new BufferedReader(new StringReader(":time 10:10\n:time 10:40\n")));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        String heading = "（以下是10:10至10:40之间到点的消息，按到点先后补发）";
        assertThat(printed.split(java.util.regex.Pattern.quote(heading), -1)).hasSize(2);
        assertThat(printed.indexOf(heading)).isLessThan(printed.indexOf("【报餐提醒】午餐"));
    }

    @Test
    void aJumpOfSeveralDaysRehearsesOnlyItsLastDay() {
        List<String> work = new java.util.ArrayList<>();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);

        sandbox.run(
                new Echo(sandbox.outbox()),
                (from, to) -> work.add(from + "→" + to),
                new BufferedReader(new StringReader(":time 11-25 10:00\n")));

        assertThat(work).containsExactly("2026-11-24T02:00:00Z→2026-11-25T02:00:00Z");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("只演练最后24小时");
    }

    @Test
    void aJumpOfSeveralDaysHeadsItsMessagesWithTheLastDayItRehearsedBothEndsDated() {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);
        TimedWork remind = (from, to) -> sandbox.outbox().send(Reply.notice(sandbox.chat(), "【报餐提醒】午餐"));

        sandbox.run(new Echo(sandbox.outbox()), remind, new BufferedReader(new StringReader(":time 11-25 09:50\n")));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("（以下是11月24日（周二）09:50至11月25日（周三）09:50之间到点的消息，按到点先后补发）");
    }

    @Test
    void aRestartResumesTheRehearsedTimeAndSaysSoUntilTheRealClockIsTakenBack(@TempDir Path data) {
        run(data, ":time 11-22 09:20\n", new ArrayList<>());

        List<String> work = new ArrayList<>();
        String second = run(data, ":time\n:time 09:35\n:time 现在\n", work);
        String third = run(data, ":time\n", new ArrayList<>());

        assertThat(second.lines().findFirst().orElseThrow())
                .isEqualTo("接待保障助手 · 本地沙盒 · 测试运动会 · 沿用上次的演练时间，现在假定为：11月22日（周日）09:20" + "（输入 :time 现在 恢复真实时间）");
        assertThat(second).contains("现在假定为：11月22日（周日）09:20\n", "现在是真实时间：11月22日（周日）10:00");
        // The second run goes on from 09:20, not from the real 10:00; back to the real clock is forward here.
        assertThat(work)
                .containsExactly(
                        "2026-11-22T01:20:00Z→2026-11-22T01:35:00Z", "2026-11-22T01:35:00Z→2026-11-22T02:00:00Z");
        assertThat(third.lines().findFirst().orElseThrow()).isEqualTo("接待保障助手 · 本地沙盒 · 测试运动会");
        assertThat(third).contains("现在是真实时间：11月22日（周日）10:00");
    }

    private String run(Path data, String input, List<String> work) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Sandbox sandbox = new Sandbox(event(), new PrintStream(printed, true, StandardCharsets.UTF_8), FIXED, data);
        sandbox.run(
                new Echo(sandbox.outbox()),
                (from, to) -> work.add(from + "→" + to),
                new BufferedReader(new StringReader(input)));
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void onceStoppedTheSandboxHandlesNoTypedLineAndDoesNoTimedWork() {
        List<String> work = new ArrayList<>();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);
        BufferedReader in = new BufferedReader(new StringReader("第一条\n:time 11-22 11:00\n第二条\n")) {
            private int read;

            @Override
            public String readLine() throws java.io.IOException {
                if (++read == 2) sandbox.stop(); // the bot stops (SIGTERM) while the terminal waits for a line
                return super.readLine();
            }
        };

        sandbox.run(new Echo(sandbox.outbox()), (from, to) -> work.add(from + "→" + to), in);
        sandbox.stop();

        assertThat(inbound.all()).extracting(IncomingMessage::text).containsExactly("第一条");
        assertThat(work).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("【系统】机器人正在停止，这条消息没有处理。", -1))
                .hasSize(3);
    }

    @Test
    void aMessageThatFailsIsSaidToHaveFailedAndLoggedWithItsStackTrace() {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(Terminal.class.getName());
        List<java.util.logging.LogRecord> logged = new ArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.addHandler(catcher);
        try {
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Sandbox sandbox = new Sandbox(event(), out, FIXED);
            sandbox.run(new Failing(), new BufferedReader(new StringReader("江西北海线那3个里面有1个上午就回南昌了\n")));
        } finally {
            jul.removeHandler(catcher);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("【系统】这条消息没有处理成功，请稍后重发")
                .doesNotContain("begin 25");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
            assertThat(r.getMessage()).contains("江西北海线那3个里面有1个上午就回南昌了");
            assertThat(r.getThrown()).isInstanceOf(StringIndexOutOfBoundsException.class);
        });
    }

    private static final class Failing implements org.receptionbot.chat.ChatHandler {
        @Override
        public void onMessage(IncomingMessage message) {
            throw new StringIndexOutOfBoundsException("begin 25, end 26, length 25");
        }

        @Override
        public void onButton(org.receptionbot.chat.ButtonPress press) {}
    }

    private String session(String input) {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Sandbox sandbox = new Sandbox(event(), out, FIXED);
        sandbox.run(new Echo(sandbox.outbox()), new BufferedReader(new StringReader(input)));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Event event() {
        return new Event(
                "测试运动会",
                ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 29),
                new Event.Location("示例县", 30.27, 109.49),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        delegation("hunan", "湖南省代表团", "湖南", new Person("李娜", null, Map.of("sandbox", "hunan-li"))),
                        delegation(
                                "guizhou", "贵州省代表团", "黔", new Person("王芳", null, Map.of("sandbox", "guizhou-wang")))),
                List.of(),
                List.of(new Person("张伟", "13800000000", Map.of("sandbox", "zhang"))),
                List.of(
                        new ChatDef("sandbox", "coordinators", "协调组", ChatDef.Role.COORDINATORS),
                        new ChatDef("sandbox", GROUP.chatId(), "工作群", ChatDef.Role.GROUP)),
                List.of());
    }

    private static Delegation delegation(String id, String name, String alias, Person liaison) {
        return new Delegation(id, name, List.of(alias), 30, "h", "v", List.of(liaison), null, null);
    }

    /** A handler that stores each message and answers with its number: the terminal is under test, not the core. */
    private final class Echo implements org.receptionbot.chat.ChatHandler {
        private final org.receptionbot.chat.Outbox outbox;

        Echo(org.receptionbot.chat.Outbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void onMessage(IncomingMessage message) {
            inbound.store(message);
            outbox.send(org.receptionbot.chat.Reply.text(
                    message.chat(), message.messageId(), "已保存第" + inbound.all().size() + "条消息：" + message.text()));
        }

        @Override
        public void onButton(org.receptionbot.chat.ButtonPress press) {}
    }
}
