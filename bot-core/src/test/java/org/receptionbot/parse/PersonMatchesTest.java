package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PersonMatchesTest {

    /** What {@code Matcher.find} over the region gives, the reference. */
    private static List<int[]> found(String text, int from, int to) {
        List<int[]> all = new ArrayList<>();
        Matcher m = PersonNames.PERSON.matcher(text).region(from, to);
        while (m.find()) all.add(new int[] {m.start(), m.end()});
        return all;
    }

    @Test
    void findsWhatTheSearchFindsOverEveryCorpusTextAndRegion() {
        Random random = new Random(19);
        int tried = 0;
        for (CorpusCase c : Corpora.cases(Corpora.exact())) {
            String t = c.text();
            List<int[]> regions = new ArrayList<>(List.of(new int[] {0, t.length()}));
            for (int k = 0; k < 4; k++) {
                int a = random.nextInt(t.length() + 1), b = random.nextInt(t.length() + 1);
                regions.add(new int[] {Math.min(a, b), Math.max(a, b)});
            }
            for (int[] r : regions) {
                assertThat(PersonMatches.of(PersonNames.PERSON, PersonNames.PERSON_FIRST, t, r[0], r[1]))
                        .as("%s [%d, %d)", t, r[0], r[1])
                        .containsExactlyElementsOf(found(t, r[0], r[1]));
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(10_000);
    }

    @Test
    void seesNothingOutsideTheRegion() {
        // 处 before 理 is no person; cut before 理, the region's 处 is one, as the search over the region says.
        String t = "李处理一下";
        assertThat(PersonMatches.of(PersonNames.PERSON, PersonNames.PERSON_FIRST, t, 0, 2))
                .containsExactlyElementsOf(found(t, 0, 2))
                .hasSize(1);
        assertThat(PersonMatches.of(PersonNames.PERSON, PersonNames.PERSON_FIRST, t, 0, t.length()))
                .isEmpty();
    }
}
