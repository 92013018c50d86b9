package org.receptionbot.adapters.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Items keep the JSON form they were queued in, whichever version of the bot wrote them. */
class StoredFormTest {

    @Test
    void aFileAndATextQueuedBeforeTheSplitAreReadAsTheyWereWritten() {
        OutItem file = StoredForm.read("""
                {"id":"f","kind":"file","replyTo":"9","fileName":"接待数据.xlsx","content":"UEs=","caption":"导出","done":0}""");
        OutItem text = StoredForm.read("""
                {"id":"t","kind":"text","replyTo":"3","text":"请问是哪个代表团？",\
                "buttons":[{"label":"撤销","data":"u:3"}],"done":1,"says":"QUESTION","receipt":null}""");

        assertThat(file).isEqualTo(new FileItem("f", "9", "接待数据.xlsx", "UEs=", "导出", 0));
        assertThat(((FileItem) file).bytes()).containsExactly('P', 'K');
        assertThat(text)
                .isEqualTo(new TextItem(
                        "t",
                        "3",
                        "请问是哪个代表团？",
                        List.of(new TextItem.Action("撤销", "u:3")),
                        1,
                        org.receptionbot.chat.Reply.Kind.QUESTION,
                        null));
    }

    @Test
    void eachItemIsWrittenWithItsKindAndReadBackEqual() {
        OutItem file = new FileItem("f", null, "a.xlsx", "UEs=", null, 0);
        OutItem digest = new DigestItem("d", List.of(), 0);

        assertThat(StoredForm.write(file)).contains("\"kind\":\"file\"");
        assertThat(StoredForm.write(digest)).contains("\"kind\":\"digest\"");
        assertThat(StoredForm.read(StoredForm.write(file))).isEqualTo(file);
        assertThat(StoredForm.read(StoredForm.write(digest))).isEqualTo(digest);
    }
}
