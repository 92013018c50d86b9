package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/** Whatever is typed, the parser gives a result and never throws. */
class ParserProperties {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant NOW = Instant.parse("2026-11-22T06:10:00Z");

    @Property(tries = 10_000)
    void anyStringGivesAResult(@ForAll @StringLength(max = 200) String text) {
        assertThat(PARSER.parse(text, NOW, null)).isNotNull();
    }

    @Property(tries = 10_000)
    void anyMixOfTheParsersOwnWordsGivesAResult(@ForAll("chatLike") String text) {
        ParseOutcome outcome = PARSER.parse(text, NOW, "hunan");
        assertThat(outcome).isNotNull();
        if (outcome instanceof ParseOutcome.Understood u)
            assertThat(u.records()).isNotEmpty();
    }

    @Property(tries = 10_000)
    void cjkEmojiAndControlCharactersGiveAResult(@ForAll("noise") String text) {
        assertThat(PARSER.parse(text, NOW, null)).isNotNull();
    }

    @Property(tries = 20)
    void twentyThousandCharactersGiveAResult(@ForAll("chatLike") String seed) {
        String text = (seed + "（【“").repeat(20_000 / (seed.length() + 3) + 1).substring(0, 20_000);
        assertThat(PARSER.parse(text, NOW, null)).isNotNull();
    }

    /** Inputs the properties once found throwing: a vehicle with no movement verb, a movement with no team. */
    @Example
    void mixesThatOnceThrewGiveAResult() {
        assertThat(PARSER.parse("接龙湖南湖南到湖南湖南湖南湖南湖南湖南？3号车湖南湖南俩", NOW, "hunan")).isNotNull();
        String seed = "少取消15:40MU5678接龙三餐原定23号今晚兵团到。可能两团其余改为。3号车1.  G1234人湖南35下午】、少";
        String text = (seed + "（【“").repeat(20_000 / (seed.length() + 3) + 1).substring(0, 20_000);
        assertThat(PARSER.parse(text, NOW, null)).isNotNull();
    }

    @Provide
    Arbitrary<String> chatLike() {
        Arbitrary<String> words = Arbitraries.of(
                "湖南", "团", "代表团", "新疆", "兵团", "今天", "明天", "后天", "23号", "11月", "/", "周六", "中午", "晚上", "今晚", "明早", "下午",
                "3点", "半", "15:40", "午餐", "晚饭", "宵夜", "三餐", "早中晚", "35", "三十五", "两", "俩", "人", "位", "个", "少", "加", "不吃",
                "取消", "改为", "报", "到", "离开", "走", "提前到", "原定", "G1234", "MU5678", "3号车", "实到", "房间", "坏了", "找不到", "发烧",
                "垃圾", "能不能", "？", "，", "、", "。", "\n", "1. ", "接龙", "已经", "可能", "请各", "共", "其余", "@李主任 ", " ", "（", "】",
                "\u0000", "😀");
        return words.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range('\u4e00', '\u9fff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001f')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\uff01', '\uff5e')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().with('\ud83d', '\ude00', '(', ')', '[', '【', '】', '“')),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().ascii()));
        return chars.list().ofMaxSize(300).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }
}
