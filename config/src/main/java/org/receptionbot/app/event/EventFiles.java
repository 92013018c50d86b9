package org.receptionbot.app.event;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.EventProblem;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/** Reads event files (YAML) into a checked {@link org.receptionbot.event.Event}. */
public final class EventFiles {

    private EventFiles() {}

    /**
     * Reads and checks the file. A file that cannot be read or is not YAML gives one problem; a
     * YAML file gives every problem {@link EventReader} finds.
     */
    public static EventReading load(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) return invalid(source, "（文件）", "找不到文件，或不是普通文件");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(source, reader);
        } catch (IOException e) {
            return invalid(source, "（文件）", "无法读取：" + e.getMessage());
        }
    }

    /** Reads an event from YAML text; {@code source} names it in problems. */
    public static EventReading read(String source, Reader yaml) {
        try {
            Object tree = yaml().load(yaml);
            if (!(tree instanceof Map<?, ?> map)) return invalid(source, "（文件）", "不是有效的活动配置（顶层应为键值对）");
            @SuppressWarnings("unchecked")
            Map<String, ?> root = (Map<String, ?>) map;
            return EventReader.read(source, root);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String where = mark == null ? "（文件）" : "第 " + (mark.getLine() + 1) + " 行第 " + (mark.getColumn() + 1) + " 列";
            return invalid(source, where, "YAML 格式错误：" + e.getProblem());
        } catch (YAMLException e) {
            return invalid(source, "（文件）", "YAML 格式错误：" + e.getMessage());
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new PlainScalarResolver());
    }

    private static EventReading invalid(String source, String entry, String message) {
        return new EventReading.Invalid(List.of(new EventProblem(source, entry, message)));
    }
}
