package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLoopTest {

    private final List<String> done = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    /** Records what the loop asks of it; only the button 撤销 exists. */
    private final ConsoleLoop.Platform platform = new ConsoleLoop.Platform() {
        @Override
        public void say(long user, String name, String text) {
            done.add("say " + user + " " + name + " " + text);
        }

        @Override
        public boolean press(long user, String name, String label) {
            done.add("press " + user + " " + name + " " + label);
            return label.equals("撤销");
        }
    };

    @Test
    void eachLineIsSaidOrPressedAsTheNamedPerson() throws Exception {
        read("hunan: 今晚30人\n tian :  湖南今晚照常 \nguizhou: [撤销]\n");

        assertThat(done).containsExactly("say 2001 hunan 今晚30人", "say 1001 tian 湖南今晚照常", "press 2002 guizhou 撤销");
        assertThat(printed()).isEmpty();
    }

    @Test
    void aLineWithoutAKnownPersonIsExplainedAndSkipped() throws Exception {
        read("今晚30人\nshanghai: 今晚30人\n\nbeijing: 明天午餐40人\n");

        assertThat(done).containsExactly("say 2003 beijing 明天午餐40人");
        assertThat(printed().lines().toList())
                .containsExactly(
                        "? write `who: text`, who one of " + ConsoleLoop.PEOPLE.keySet(),
                        "? write `who: text`, who one of " + ConsoleLoop.PEOPLE.keySet());
    }

    @Test
    void aButtonNoMessageCarriesIsSaidSo() throws Exception {
        read("hunan: [是]\n");

        assertThat(done).containsExactly("press 2001 hunan 是");
        assertThat(printed()).isEqualTo("? no message has a button [是]" + System.lineSeparator());
    }

    @Test
    void aLineTypedBeforeTheBotConnectedIsSaidSoAndTheLoopGoesOn() throws Exception {
        ConsoleLoop.Platform offline = new ConsoleLoop.Platform() {
            @Override
            public void say(long user, String name, String text) {
                if (done.isEmpty()) {
                    done.add("refused " + text);
                    throw new IllegalStateException("the bot is not connected");
                }
                done.add("say " + text);
            }

            @Override
            public boolean press(long user, String name, String label) {
                return false;
            }
        };

        ConsoleLoop.read(new BufferedReader(new StringReader("hunan: 今晚30人\nhunan: 今晚31人\n")), out, offline);

        assertThat(done).containsExactly("refused 今晚30人", "say 今晚31人");
        assertThat(printed()).startsWith("? not said: the bot is not connected; wait until the bot logs");
    }

    @Test
    void theBannerGivesTheCommandForTheEventItWrote(@TempDir Path dir) throws Exception {
        Path event = ConsoleLoop.writeEvent(dir.resolve("fake"), "telegram", "-100", "-200", "-300");

        ConsoleLoop.banner(out, "Fake Telegram", "http://localhost:1/bot", event, "--reception.telegram.token=t");

        assertThat(Files.readString(event)).contains("{platform: telegram, id: \"-100\", name: 接待工作群, role: GROUP}");
        assertThat(printed())
                .contains("Fake Telegram on http://localhost:1/bot; in another terminal run:")
                .contains("--reception.event-file=" + event + " --reception.data-dir=" + dir.resolve("fake/data"))
                .contains("--reception.embedded-redis.port=0 --reception.telegram.token=t")
                .contains("Then type `who: text`");
    }

    private void read(String stdin) throws Exception {
        ConsoleLoop.read(new BufferedReader(new StringReader(stdin)), out, platform);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
