package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar keeps one event's records away from another's: each bundled sample runs on its
 * own data directory, and a start (or an export) with another event than the one a store holds stops
 * with both events named and the ways out.
 */
class OneEventPerStoreIT {
    private static final String GAMES = "示例县第十三届民族传统体育运动会";
    private static final String CONFERENCE = "全国城镇污水处理设施建设及运营经验交流会";

    @TempDir
    Path dir;

    @Test
    void theSamplesRunOnDirectoriesOfTheirOwnAndNeverOnEachOthers() throws Exception {
        JarRun games = run(":quit\n");
        JarRun conference = run(":quit\n", "--reception.sample=conference");

        assertThat(games.exit()).as(games.out()).isZero();
        assertThat(games.out()).contains("本地沙盒 · " + GAMES).contains("data in " + dir.resolve("data"));
        assertThat(conference.exit()).as(conference.out()).isZero();
        assertThat(conference.out())
                .contains("本地沙盒 · " + CONFERENCE)
                .contains("data in " + dir.resolve("data-conference"));

        JarRun mixed = run(":quit\n", "--reception.sample=conference", "--reception.data-dir=data");
        assertThat(mixed.exit()).isNotZero();
        assertThat(mixed.out())
                .contains("数据目录 " + dir.resolve("data") + " 里存的是另一个活动的记录")
                .contains("已存的活动：“" + GAMES + "”（2026-11-18至2026-11-29，内置示例活动 --reception.sample=games）")
                .contains("本次的活动：“" + CONFERENCE + "”（2026-12-08至2026-12-10，内置示例活动 --reception.sample=conference）")
                .contains("--reception.data-dir=./data-conference")
                .contains("删除目录 " + dir.resolve("data"))
                .doesNotContain("本地沙盒 · ")
                .doesNotContain("\tat org.");

        JarRun export =
                run("", "export", "--from", "12-09", "--reception.sample=conference", "--reception.data-dir=data");
        assertThat(export.exit()).isNotZero();
        assertThat(export.out())
                .contains("已存的活动：“" + GAMES + "”")
                .contains("本次的活动：“" + CONFERENCE + "”")
                .doesNotContain("已导出")
                .doesNotContain("\tat org.");
    }

    @Test
    void aRenamedEventIsRefusedUntilTheStoreIsToldItIsTheSameEvent() throws Exception {
        String sample = Files.readString(Path.of("src", "main", "resources", "events", "sample-event.yml"));
        Path file = dir.resolve("event.yml");
        Files.writeString(file, sample);
        String event = "--reception.event-file=" + file;
        JarRun first = run(":quit\n", event);
        Files.writeString(file, sample.replace("name: " + GAMES, "name: 示例县第十四届民族传统体育运动会"));

        JarRun renamed = run(":quit\n", event);
        JarRun told = run(":quit\n", event, "--reception.store.event-changed=true");
        JarRun after = run(":quit\n", event);

        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(renamed.exit()).isNotZero();
        assertThat(renamed.out())
                .contains("已存的活动：“" + GAMES + "”（2026-11-18至2026-11-29，" + file + "）")
                .contains("本次的活动：“示例县第十四届民族传统体育运动会”")
                .contains("--reception.data-dir=./data-event")
                .contains("--reception.store.event-changed=true");
        assertThat(told.exit()).as(told.out()).isZero();
        assertThat(told.out()).contains("数据存储已从活动“" + GAMES + "”");
        assertThat(after.exit()).as(after.out()).isZero();
        assertThat(after.out()).contains("本地沙盒 · 示例县第十四届民族传统体育运动会");
    }

    private JarRun run(String input, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--reception.embedded-redis.port=0");
        return JarRun.run(dir, input, arguments);
    }
}
