package org.receptionbot.app;

import org.receptionbot.app.event.CheckEvent;

/** The runnable jar's entry point: dispatches the modes listed by {@code --help}. */
public final class Main {

    static final String HELP = """
            接待保障助手 (reception bot)

            用法 / usage: java -jar reception-bot.jar [模式] [参数]
              （无模式）            运行机器人；未配置聊天平台时进入本地沙盒聊天。
                                    设置用 --属性=值 或环境变量，如 --reception.event-file=event.yml
              check-event 文件      检查活动配置文件，打印摘要；有问题时列出全部问题并以 1 退出
              parse                 解析消息（见 records.md）
              --help                显示本说明""";

    private Main() {}

    public static void main(String[] args) {
        String mode = args.length == 0 ? "" : args[0];
        switch (mode) {
            case "--help", "-h", "help" -> System.out.println(HELP);
            case "check-event" -> System.exit(CheckEvent.run(args, System.out, System.err));
            case "parse" -> {
                System.err.println("parse 模式尚未提供 / the parse mode is not available yet");
                System.exit(2);
            }
            default -> BotMode.run(args);
        }
    }
}
