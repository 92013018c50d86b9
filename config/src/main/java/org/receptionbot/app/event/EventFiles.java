package org.receptionbot.app.event;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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
        if (Files.isDirectory(file)) return invalid(source, "（文件）", "这是一个目录，不是文件；请给出活动配置文件（.yml）的路径");
        if (!Files.isRegularFile(file))
            return invalid(source, "（文件）", "找不到该文件（相对路径从当前目录 " + Path.of("").toAbsolutePath() + " 算起），请检查文件名和路径");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return invalid(source, "（文件）", "无法读取（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "），请检查文件权限");
        }
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, text, true);
        if (result.isError()) return notUtf8(source, bytes, in.position());
        text.flip();
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') text.position(1); // Notepad's UTF-8 mark
        return read(source, new StringReader(text.toString()));
    }

    private static EventReading notUtf8(String source, byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
        return invalid(
                source,
                "第 " + line + " 行",
                "文件不是 UTF-8 编码（该行有无法识别的字节，可能是 GBK 编码）。请用文本编辑器把文件另存为 UTF-8 编码，"
                        + "或运行 iconv -f GBK -t UTF-8 原文件 > 新文件 转换 / the file is not UTF-8: save it as UTF-8");
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
            return invalid(source, where, "YAML 格式错误：" + YamlHints.explain(e.getProblem()));
        } catch (YAMLException e) {
            return invalid(source, "（文件）", "YAML 格式错误：" + YamlHints.explain(e.getMessage()));
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
