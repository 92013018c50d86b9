package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * The parser's reading of a message's packing words, for the conversation's packed orders: the words with each
 * packing's portions said in full, in the form {@link #PORTIONS} reads ("贵州明早50 打包" → "贵州明早50份打包", "明天早饭打包
 * 20份" → "明天早饭打包20份"), and whether no one of the team eats seated beside the packing ("其余在赛场吃", "堂食0").
 *
 * @param text the words as said, each packing's portions written 份 right beside it
 * @param noneSeated no one of the team eats seated beside the packed portions
 * @param restSeated the rest of the team said to eat seated as planned beside the packing ("其余的回酒店吃", "剩下的照常"):
 *     the meal is reported, its count as planned
 */
public record PackedSaying(String text, boolean noneSeated, boolean restSeated) {
    /** Packed portions: 打包10份, 打包早餐10份, 打包带走10份, 10份打包, 打包的改成30份. */
    public static final Pattern PORTIONS = Pattern.compile("打个?包(?:带走)?的?(?:[早午中晚][餐饭]|早点|宵夜|夜宵)?的?\\s*"
            + "(?:改成|改为|改到|换成)?\\s*"
            + "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*份|([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*份[^，,。；;！!\\s]{0,4}打个?包");
    /** Spaces between the packing and its portions (打包 20份, 20份 打包). */
    private static final Pattern SPACED =
            Pattern.compile("(?<=打个?包|打个?包的|打个?包带走)\\s+(?=[0-9一二两三四五六七八九十]{1,3}\\s*份)|(?<=份)\\s+(?=打个?包)");
    /**
     * A figure said with the packing, no 份: "贵州明早50 打包", "其中5个打包", "河北明天早饭36全都要打包"; never an hour,
     * a day, a room or a train's number (7点打包, 23日 打包, G1234 打包).
     */
    private static final Pattern FIGURE_PACKED =
            Pattern.compile("(?<![0-9A-Za-z点:：.])([0-9]{1,3}|[一二两三四五六七八九十]{2,3})\\s*(?:个人|个|人|位|名)?\\s*"
                    + "(?=(?:全都|全部|都|全)?(?:要|需要)?打个?包)");
    /** The packing, then its figure with no 份: "明天早上打包56", "兵团明早打包25 队员们"; never 打包 7点. */
    private static final Pattern PACKED_FIGURE = Pattern.compile("(打个?包的?)([0-9]{1,3})(?![0-9份点:：号时分月日.])");
    /**
     * No one eats seated beside the packing: the rest or the whole team eat away ("其余在赛场吃", "剩下的不回来吃",
     * "全部在赛场吃", "全队在体育馆吃"), or 堂食0.
     */
    private static final Pattern NONE_SEATED = Pattern.compile(
            "(?:其余|其他|剩下|剩余)(?:的|人|的人)?(?:都|全部)?(?:在(?!餐厅|食堂|酒店|宾馆|自助餐厅)[^，,。；;\\s]{1,6}吃|不(?:回来|来|在[^，,。；;\\s]{0,4})?吃)"
                    + "|(?:全部|全队|全体|全团|都)在(?!餐厅|食堂|酒店|宾馆|自助餐厅)[^，,。；;\\s]{1,6}吃"
                    + "|堂食(?:的)?\\s*(?:0|零)\\s*(?:人|个)?(?![0-9])");

    /**
     * The rest eat seated: back at the hotel or the restaurant, or as usual ("其余的回酒店吃", "剩下的都回来吃", "其他人在餐厅吃",
     * "其余照常"); never the rest eating away or not at all ({@link #NONE_SEATED}).
     */
    private static final Pattern REST_SEATED = Pattern.compile("(?:其余|其他|剩下|剩余)(?:的|人|的人)?(?:都|全部|还是)?"
            + "(?:回(?:来|酒店|宾馆|餐厅|食堂)?(?:吃|用餐|就餐)|在(?:餐厅|食堂|酒店|宾馆|自助餐厅)(?:吃|用餐|就餐)|照常|正常|不变)");

    /** The packing words of {@code said}. */
    public static PackedSaying of(String said) {
        String text = withPortions(SPACED.matcher(said).replaceAll(""));
        boolean noneSeated = NONE_SEATED.matcher(text).find();
        return new PackedSaying(
                text, noneSeated, !noneSeated && REST_SEATED.matcher(text).find());
    }

    /**
     * {@code text} with each figure said with the packing and no 份 given its 份 ("50 打包" → "50份打包"); as it is when
     * it gives portions already ("今晚33人 打包5份": 33 is the meal's figure).
     */
    private static String withPortions(String text) {
        if (!text.contains("包") || PORTIONS.matcher(text).find()) return text;
        String figured = FIGURE_PACKED.matcher(text).replaceAll(m -> m.group(1) + "份");
        return PACKED_FIGURE.matcher(figured).replaceAll(m -> m.group(1) + m.group(2) + "份");
    }
}
