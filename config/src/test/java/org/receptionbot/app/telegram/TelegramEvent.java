package org.receptionbot.app.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An event file for Telegram tests: 30 delegations, each with a liaison whose Telegram user id is
 * 2001, 2002, …; the coordinator is user 1001; the work group is chat -100 and the coordinators'
 * chat -200. The event runs around today, so that "今晚" is always inside it.
 */
final class TelegramEvent {
    static final long GROUP = -100;
    static final long COORDINATORS = -200;
    static final long COORDINATOR = 1001;
    static final List<String> PROVINCES = List.of(
            "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
            "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏");
    static final int SIZE = 40;

    private TelegramEvent() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The liaison of delegation {@code i} (0-based). */
    static long liaison(int i) {
        return 2001 + i;
    }

    static String delegation(int i) {
        return PROVINCES.get(i) + "代表团";
    }

    /**
     * The application's arguments for serving that event on Telegram through {@code api}: data in
     * {@code dir}, an embedded Redis on a free port, plus {@code more}.
     */
    static String[] application(Path dir, org.receptionbot.adapters.telegram.FakeBotApi api, String... more)
            throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--reception.data-dir=" + dir.resolve("data"),
                "--reception.embedded-redis.port=0",
                "--reception.event-file=" + write(dir),
                "--reception.telegram.token=" + org.receptionbot.adapters.telegram.FakeBotApi.TOKEN,
                "--reception.telegram.api-url=" + api.apiUrl()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static Path write(Path dir) throws IOException {
        LocalDate today = today();
        StringBuilder y = new StringBuilder();
        y.append("event:\n  name: 测试运动会\n  timezone: Asia/Shanghai\n")
                .append("  start: ")
                .append(today.minusDays(3))
                .append('\n')
                .append("  end: ")
                .append(today.plusDays(5))
                .append('\n')
                .append("  location: {name: 示例县, latitude: 30.27, longitude: 109.49}\n")
                .append("meals:\n")
                .append("  - {id: BREAKFAST, names: [早餐, 早饭], serve: \"07:00-09:00\", deadline: \"-1d 21:00\"}\n")
                .append("  - {id: LUNCH, names: [午餐, 午饭], serve: \"11:30-13:30\", deadline: \"10:00\"}\n")
                .append("  - {id: DINNER, names: [晚餐, 晚饭], serve: \"17:30-19:30\", deadline: \"15:00\"}\n")
                .append("venues:\n  - {id: jiuyuan, name: 九院宾馆自助餐厅, capacity: 1500}\n")
                .append("hotels:\n  - {id: jiuyuan, name: 九院宾馆}\n")
                .append("coordinators:\n  - {name: 田主任, phone: \"13800000001\", accounts: {telegram: \"")
                .append(COORDINATOR)
                .append("\"}}\n")
                .append("chats:\n")
                .append("  - {platform: telegram, id: \"")
                .append(GROUP)
                .append("\", name: 接待工作群, role: GROUP}\n")
                .append("  - {platform: telegram, id: \"")
                .append(COORDINATORS)
                .append("\", name: 协调组, role: COORDINATORS}\n")
                .append("delegations:\n");
        for (int i = 0; i < PROVINCES.size(); i++) {
            y.append("  - id: d")
                    .append(i)
                    .append('\n')
                    .append("    name: ")
                    .append(delegation(i))
                    .append('\n')
                    .append("    aliases: [")
                    .append(PROVINCES.get(i))
                    .append("]\n")
                    .append("    size: ")
                    .append(SIZE)
                    .append('\n')
                    .append("    hotel: jiuyuan\n    venue: jiuyuan\n")
                    .append("    liaisons:\n      - {name: 联络员")
                    .append(i + 1)
                    .append(", phone: \"139000000")
                    .append(String.format("%02d", i))
                    .append("\", accounts: {telegram: \"")
                    .append(liaison(i))
                    .append("\"}}\n");
        }
        Path file = dir.resolve("telegram-event.yml");
        Files.writeString(file, y.toString());
        return file;
    }
}
