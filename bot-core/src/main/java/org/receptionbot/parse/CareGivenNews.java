package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.record.IssueCategory;

/**
 * News of care already given, told as the reason of another record of the message: a doctor's or a hospital's finding
 * ("医生说是韧带拉伤 今晚留院观察 … 晚饭减一", "医院说是轻微中毒 要留院观察一晚 … 他俩明天不跟大部队走了"), an x-ray taken
 * ("青海崴脚那个拍了片子骨裂 … 他跟一个队医今晚坐K1518先回西宁") or a team doctor along ("江西那个膝盖受伤的队员今天回去 …
 * 队医陪同") says why a meal is cut or people move: no health matter of its own (records.md: an ISSUE is a problem
 * someone must act on, and someone already is). The illness may only be said of the patient pointed back at (那个…,
 * 受伤的孩子) or in the finding. A new patient said anywhere ("又有一个开始咳嗽", "有个队员摔伤了"), a patient pointed at
 * with no care said ("扭了脚那位下午不去考察了"), or anything asked (麻烦, 能不能, 需要) keeps the health matter.
 */
final class CareGivenNews {
    /** Care given: what the doctor or the hospital said, an x-ray or a check taken, a stay watched, a doctor along. */
    private static final Pattern FINDING =
            Pattern.compile("(医生|大夫|医院|队医|医务室|医疗组|医务组)(说|讲|看了|看过|看过了|检查|诊断|确诊)|诊断|确诊|检查结果"
                    + "|拍了(片子|个片子|片|CT|ct)|拍完片|片子出来|留院观察|住院观察|处理过了|处理好了|(队医|医生)陪同|跟(着)?队医");

    /** People pointed back at, known already: 那个…, 那位…, 那两个…. */
    private static final Pattern POINTED = Pattern.compile("那个|那位|那俩|那两个|那几个|那三个|这个|这位");

    /** A person named by the illness reported before: 受伤的孩子, 发烧的队员. */
    private static final Pattern NAMED_BY_IT =
            Pattern.compile("(伤|烧|崴脚|扭伤|骨折|拉肚子|生病|病)的(孩子|队员|运动员|小伙子|姑娘|小姑娘|同志|教练|娃|人)");

    /** A patient said as new, anywhere in the message: 有个…, 又有一个…, 有两个… (有个受伤的队员 too). */
    private static final Pattern NEW_ONE = Pattern.compile("又有|有[一两二三四五六七八九十几0-9]?[个位名]");

    private CareGivenNews() {}

    /** Drops the health issue of {@code drafts} when the message's illness is only news of care given (see above). */
    static void apply(List<Clause> clauses, Drafts drafts, String original) {
        if (!drafts.hasIssue(IssueCategory.HEALTH) || !explainsRecord(drafts)) return;
        // 有个队员摔伤了 医生说是骨折: a patient said as new anywhere is news to act on (the clauses' words are normalised).
        if (NEW_ONE.matcher(original).find()) return;
        boolean news = false;
        for (Clause c : clauses) {
            String s = c.span();
            if (c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.question) return;
            boolean finding = FINDING.matcher(s).find();
            boolean known = POINTED.matcher(s).find() || NAMED_BY_IT.matcher(s).find();
            boolean ill = c.has(Cue.HEALTH) || c.has(Cue.ILL);
            if (ill && !finding && !known) return;
            // 吉林 扭了脚那位下午不去考察了: a patient pointed at with no care said is still news to act on.
            news |= finding;
        }
        if (news) drafts.dropIssue(IssueCategory.HEALTH);
    }

    /** The message gives a record besides its issues: a meal, a movement, a head count. */
    private static boolean explainsRecord(Drafts drafts) {
        for (Draft d : drafts.list()) if (d.kind != Draft.Kind.ISSUE) return true;
        return false;
    }
}
