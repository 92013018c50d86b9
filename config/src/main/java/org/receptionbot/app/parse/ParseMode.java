package org.receptionbot.app.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.receptionbot.app.event.EventFiles;
import org.receptionbot.event.EventReading;
import tools.jackson.core.JacksonException;

/**
 * {@code parse --event FILE [--in CASES.jsonl] [--out RESULTS.jsonl]}: one result line per input line,
 * in order; {@code parse --event FILE --eval CORPUS.jsonl [--quiet]} scores the parser on a corpus
 * with the figures of {@code score.py}; {@code parse --event FILE --in CASES.jsonl --bench ROUNDS}
 * times whole passes over a file.
 */
public final class ParseMode {
    static final String USAGE = "用法 / usage: parse --event 文件 [--in 输入.jsonl] [--out 输出.jsonl]\n"
            + "             parse --event 文件 --eval 语料.jsonl [--quiet]\n"
            + "             parse --event 文件 --in 输入.jsonl --bench 轮数";

    private ParseMode() {}

    /**
     * Returns the exit code: 0; 2 when the arguments, the event file or a named input or output file
     * are unusable; 1 when reading or writing fails on the way. Every message is in Chinese.
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream err) {
        ParseArgs a;
        try {
            a = ParseArgs.read(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        EventReading reading = EventFiles.load(a.event());
        if (reading instanceof EventReading.Invalid invalid) {
            err.println(invalid.describe());
            return 2;
        }
        ParseLines lines = new ParseLines(((EventReading.Valid) reading).event());
        try {
            if (a.eval() != null) return evaluate(lines, a, stdout);
            if (a.bench() > 0) return Bench.run(lines, a.in(), a.bench(), stdout);
            try (InputStream in = a.in() == null ? stdin : Files.newInputStream(a.in());
                    OutputStream out = a.out() == null ? null : Files.newOutputStream(a.out())) {
                lines.run(in, out == null ? stdout : out);
            }
            return 0;
        } catch (FileSystemException e) {
            err.println(cannotOpen(e));
            return 2;
        } catch (IOException | JacksonException e) {
            err.println("读取或写入失败 / I/O failed: " + e.getMessage());
            return 1;
        }
    }

    private static String cannotOpen(FileSystemException e) {
        String why = e instanceof NoSuchFileException
                ? "文件或目录不存在"
                : e instanceof AccessDeniedException ? "没有读写权限" : String.valueOf(e.getReason());
        return "无法打开文件 " + e.getFile() + "：" + why + "（当前目录 " + Path.of("").toAbsolutePath() + "）\nCannot open "
                + e.getFile() + ": " + e.getClass().getSimpleName();
    }

    private static int evaluate(ParseLines lines, ParseArgs a, PrintStream stdout) throws IOException {
        try (BufferedReader corpus = Files.newBufferedReader(a.eval(), StandardCharsets.UTF_8)) {
            Evaluation.run(lines, corpus, stdout, !a.quiet());
        }
        return 0;
    }
}
