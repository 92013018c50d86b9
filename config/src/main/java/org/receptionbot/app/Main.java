package org.receptionbot.app;

import org.receptionbot.app.event.CheckEvent;
import org.receptionbot.app.export.ExportMode;
import org.receptionbot.app.parse.ParseMode;

/** The runnable jar's entry point: dispatches the modes listed by {@code --help}. */
public final class Main {

    static final String HELP = """
            接待保障助手 (reception bot)

            用法 / usage: java -jar reception-bot.jar [模式] [参数]
              （无模式）            运行机器人；未配置聊天平台时进入本地沙盒聊天。
                                    设置用 --属性=值 或环境变量，如 --reception.event-file=event.yml
              check-event 文件      检查活动配置文件，打印摘要；有问题时列出全部问题并以 1 退出
              parse --event 文件 [--in 输入.jsonl] [--out 输出.jsonl]
                                    把每行一条的消息解析为记录（JSON 行进、JSON 行出）
              parse --event 文件 --eval 语料.jsonl
                                    用带 expect 的语料评估解析器，打印准确率与每个失败
              export --from 日期 [--to 日期] [--out 报表.xlsx] [--csv 餐食.csv]
                                    从机器人的存储导出报表（每天的餐食、抵离、待处理问题）；
                                    可与运行中的机器人同时使用
              --help                显示本说明""";

    private Main() {}

    public static void main(String[] args) {
        String mode = args.length == 0 ? "" : args[0];
        switch (mode) {
            case "--help", "-h", "help" -> System.out.println(HELP);
            case "check-event" -> System.exit(CheckEvent.run(args, System.out, System.err));
            case "parse" -> System.exit(ParseMode.run(args, System.in, System.out, System.err));
            case "export" -> System.exit(ExportMode.run(args, System.out, System.err));
            default -> BotMode.run(args);
        }
    }
}
