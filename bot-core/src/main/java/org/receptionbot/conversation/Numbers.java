package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.parse.ChineseNumerals;

/** A count in an answer: "35", "35人", "三十五个", "两人". */
final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,5})");

    private static final Pattern ANSWER =
            Pattern.compile("[约大概共]{0,2}[\\d零一二两俩三四五六七八九十百]{1,5}\\s*(人|个人|个|位|名|号车|号|车)?[。.！!]?");

    /**
     * Words that settle an estimate, said around the figure that answers it: "定了 31个", "点完了 41个", "24个 点清楚了",
     * "准确的是30", "最后是28人".
     */
    private static final String SETTLED = "(?:最后|最终)?(?:定了|定下来了|确定了|已确定|确认了|确定|"
            + "(?:刚才?|刚刚|已经|重新|又|再)?(?:清点|点|数|核对|核实)(?:完了|好了|清了|清楚了|过了|完毕|完|好|清楚)|准确(?:的|人数|数字?)?|实数|最后定的|最后|最终|实到|实际到了?"
            // 刚数了, 重新数了一下, 刚才点了一遍, 清点了, 刚数的: counted just now, the figure is the count
            + "|(?:刚才?|刚刚|重新|又|再)(?:清点|点|数|核对|核实)(?:了|的|过)?(?:一下|一遍|一次)?(?:了)?"
            + "|(?:清点|点|数|核对|核实)(?:了一下|了一遍|一下|一遍|了|过))";

    /** Words around a bare figure given as an answer: "不对 是26个", "25个 都吃", "嗯 30人吧", "定了 31个". */
    private static final Pattern LEADING =
            Pattern.compile("^(?:(?:不对|对|嗯|哦|噢|好的|好了|好|是的|那就|就|应该|应|一共|总共|共|实际|现在|" + SETTLED + ")[，,。：:\\s]*)*是?\\s*");

    private static final Pattern TRAILING = Pattern.compile(
            "[，,。！!\\s]*(?:(?:都吃|全吃|都在|全在|都来|全来|都回来|吃饭|用餐|吧|啊|哈|了|谢谢|" + SETTLED + "|没问题|不会错)[，,。！!\\s]*)*$");

    private Numbers() {}

    /** A number given as a whole answer ("35", "35人", "三十五个"), not a number inside a sentence. */
    static Optional<Integer> answer(String text) {
        return ANSWER.matcher(text.strip()).matches() ? read(text) : Optional.empty();
    }

    /**
     * A figure given as the whole answer to the bot's question, with the words said around it ("不对 是26个",
     * "25个 都吃"); never a guess ("二十五六个").
     */
    static Optional<Integer> answered(String text) {
        Optional<Integer> whole = answer(text);
        if (whole.isPresent()) return whole;
        String bare =
                TRAILING.matcher(LEADING.matcher(text.strip()).replaceFirst("")).replaceFirst("");
        if (bare.isEmpty() || UnclearFigures.VAGUE.matcher(text).find()) return Optional.empty();
        return answer(bare);
    }

    /** The figure of people in {@code text}: its first number that is not a room number ({@link RoomNumbers}). */
    static Optional<Integer> read(String text) {
        text = RoomNumbers.blank(text);
        Matcher m = DIGITS.matcher(text);
        if (m.find()) return Optional.of(Integer.valueOf(m.group(1)));
        String t = text.replace('两', '二').replace('俩', '二').replace('仨', '三').replaceAll("[^零一二三四五六七八九十百]", "");
        return t.isEmpty() ? Optional.empty() : Optional.of(ChineseNumerals.picked(t));
    }
}
