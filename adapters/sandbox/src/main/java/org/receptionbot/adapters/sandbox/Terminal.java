package org.receptionbot.adapters.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** One terminal session: reads lines until end of input or {@code :quit}. */
final class Terminal {
    private static final System.Logger LOG = System.getLogger(Terminal.class.getName());

    private static final String HELP = """
            直接输入文字即以当前身份发到群里。命令：
              :as 名称    切换身份（代表团名称或简称、姓名、“协调员”，或 :who 中的编号）
              :who        列出可选的人
              :paste      粘贴多行消息（如接龙）：其后各行合为一条消息，空行或 :end 结束
              :time 时间   假定现在的时间（如 :time 10:05、:time 11-23 07:30），用来演练一天：
                          时间向后跳时，途经的报餐提醒、报餐截止、晚间明日安排与离会确认、
                          自定义提醒按顺序各发一次（一次跳过一天以上时只演练最后24小时；
                          天气检查需联网，不参与演练）；:time 现在 恢复真实时间。
                          演练时间随数据目录保存，重启沙盒后接着演练
              :help       显示本说明
              :quit       退出""";

    /** Said for a line typed while the bot stops. */
    static final String STOPPING = "【系统】机器人正在停止，这条消息没有处理。";

    private final Roster roster;
    private final ChatRef chat;
    private final ChatHandler handler;
    private final PrintStream out;
    private final Rehearsal time;
    private final MessageIds ids;
    private final TimeCommand timeCommand;
    private final Gate gate;
    private Speaker speaker;
    private StringBuilder pasted;

    Terminal(
            Roster roster,
            ChatRef chat,
            ChatHandler handler,
            PrintStream out,
            Clock clock,
            Rehearsal time,
            ZoneId zone,
            TerminalOutbox outbox,
            Gate gate) {
        this.roster = roster;
        this.chat = chat;
        this.handler = handler;
        this.out = out;
        this.time = time;
        this.gate = gate;
        this.timeCommand = new TimeCommand(time, zone, outbox, gate, this::say);
        this.ids = new MessageIds(clock);
        this.speaker = roster.first();
    }

    void run(BufferedReader in) {
        say("输入 :help 查看命令。你现在的身份：" + speaker.label());
        try {
            prompt();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!handle(line.strip())) {
                    break;
                }
                prompt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("再见。");
    }

    /** Handles a line; false when the user quits. */
    private boolean handle(String line) {
        if (pasted != null) {
            paste(line);
            return true;
        }
        if (line.isEmpty()) {
            return true;
        }
        if (!line.startsWith(":")) {
            send(line);
            return true;
        }
        String[] parts = line.split("\\s+", 2);
        switch (parts[0]) {
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":who" -> who();
            case ":as" -> switchTo(parts.length > 1 ? parts[1].strip() : "");
            case ":help" -> say(HELP);
            case ":time" -> timeCommand.run(parts.length > 1 ? parts[1].strip() : "");
            case ":paste" -> {
                pasted = new StringBuilder();
                say("请粘贴多行消息，以空行或 :end 结束：");
            }
            default -> say("不认识的命令：" + parts[0] + "。输入 :help 查看命令。");
        }
        return true;
    }

    private void send(String text) {
        if (!gate.pass(() -> deliver(text))) say(STOPPING);
    }

    private void deliver(String text) {
        time.catchUp();
        IncomingMessage message =
                new IncomingMessage(chat, ids.next(), speaker.userId(), speaker.name(), time.now(), text, null, false);
        try {
            handler.onMessage(message);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "message " + message.messageId() + " could not be handled: " + text, e);
            say("【系统】这条消息没有处理成功，请稍后重发；如仍不成功，请直接告知协调组。");
        }
    }

    /** Collects a pasted line; an empty line or {@code :end} sends what was collected as one message. */
    private void paste(String line) {
        if (!line.isEmpty() && !line.equals(":end")) {
            if (!pasted.isEmpty()) pasted.append('\n');
            pasted.append(line);
            return;
        }
        String text = pasted.toString();
        pasted = null;
        if (text.isEmpty()) say("没有粘贴任何内容。");
        else send(text);
    }

    private void who() {
        var all = roster.all();
        StringBuilder list = new StringBuilder("可选的人（:as 编号 或 :as 名称）：");
        for (int i = 0; i < all.size(); i++) {
            list.append(System.lineSeparator())
                    .append(String.format("%3d  %s", i + 1, all.get(i).label()));
        }
        say(list.toString());
    }

    private void switchTo(String query) {
        roster.find(query)
                .ifPresentOrElse(
                        s -> {
                            speaker = s;
                            say("你现在的身份：" + s.label());
                        },
                        () -> say("没有找到“" + query + "”。输入 :who 查看可选的人。"));
    }

    private void prompt() {
        synchronized (out) {
            // pasting: the request line leads the first line, a "… " each line after it (the end line included)
            out.print(pasted == null ? "[" + speaker.label() + "] > " : pasted.isEmpty() ? "" : "… ");
            out.flush();
        }
    }

    private void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
