package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueGroupsTest {

    @Test
    void extensionsHoldTheBaseGroupAndWhatTheyAdd() {
        assertThat(CueGroups.TO_ACT_ON.cues())
                .containsAll(CueGroups.PROBLEM_SAID.cues())
                .contains(Cue.REQUEST)
                .doesNotContain(Cue.PROBLEM);
        assertThat(CueGroups.WRONG_OR_ASKED.cues())
                .containsAll(CueGroups.TO_ACT_ON.cues())
                .contains(Cue.PROBLEM)
                .hasSize(CueGroups.TO_ACT_ON.cues().size() + 1);
    }

    @Test
    void theGeneralProblemWordIsNoProblemSaidByItsKind() {
        assertThat(CueGroups.PROBLEM_SAID.cues())
                .containsExactlyInAnyOrder(
                        Cue.BROKEN,
                        Cue.HEALTH,
                        Cue.HYGIENE,
                        Cue.MEAL_PROBLEM,
                        Cue.OTHER_PROBLEM,
                        Cue.MISSING,
                        Cue.UNREACHABLE);
    }

    @Test
    void aVariantLeavesOutOnlyWhatItNamesAndTheBaseStaysWhole() {
        CueGroups.Group noFault = CueGroups.TO_ACT_ON.without(Cue.BROKEN);
        assertThat(noFault.cues())
                .doesNotContain(Cue.BROKEN)
                .hasSize(CueGroups.TO_ACT_ON.cues().size() - 1);
        assertThat(CueGroups.TO_ACT_ON.cues()).contains(Cue.BROKEN);
    }
}
