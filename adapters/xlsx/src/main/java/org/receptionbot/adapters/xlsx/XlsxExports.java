package org.receptionbot.adapters.xlsx;

import java.time.ZoneId;
import java.util.Objects;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.command.ExportContent;
import org.receptionbot.command.Exports;
import org.receptionbot.summary.Texts;

/** Answers {@code /export}: writes the workbook and posts it in the chat through the platform's {@link Attachments}. */
public final class XlsxExports implements Exports {
    private final Attachments attachments;
    private final ZoneId zone;

    public XlsxExports(Attachments attachments, ZoneId zone) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public boolean send(ChatRef chat, String replyTo, ExportContent content) {
        byte[] workbook = Workbooks.write(content, zone);
        String caption = "接待报表 " + Texts.day(content.from())
                + (content.from().equals(content.to()) ? "" : "至" + Texts.day(content.to()));
        return attachments.send(new Attachment(chat, replyTo, Workbooks.fileName(content), workbook, caption));
    }
}
