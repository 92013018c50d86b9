package org.receptionbot.adapters.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;

/** Files the bot posts in the sandbox: written to a directory, their path printed in the chat. */
final class FileAttachments implements Attachments {
    private final Path dir;
    private final PrintStream out;

    FileAttachments(Path dir, PrintStream out) {
        this.dir = dir.toAbsolutePath().normalize();
        this.out = out;
    }

    @Override
    public boolean send(Attachment attachment) {
        try {
            Files.createDirectories(dir);
            Path file = free(attachment.fileName());
            Files.write(file, attachment.content(), StandardOpenOption.CREATE_NEW);
            String caption = attachment.caption() == null ? "" : attachment.caption() + "\n    ";
            synchronized (out) {
                out.println("【" + TerminalOutbox.BOT + "】" + caption + "文件已保存：" + file);
                out.flush();
            }
            return true;
        } catch (IOException e) {
            synchronized (out) {
                out.println("【系统】文件" + attachment.fileName() + "没有保存成功：" + e.getMessage());
                out.flush();
            }
            return false;
        }
    }

    /** The file name, or 名称-2.xlsx, 名称-3.xlsx … when an earlier export took it. */
    private Path free(String name) {
        Path file = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        for (int i = 2; Files.exists(file); i++) file = dir.resolve(stem + "-" + i + ext);
        return file;
    }
}
