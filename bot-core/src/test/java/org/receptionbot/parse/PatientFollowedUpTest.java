package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 37 (trial 60, #72): someone pointed back at by the illness reported before (那个不舒服的同志, 发烧的那位) is that
 * patient's matter followed up ({@link IssueFollowUps}: said STILL), so the ledger joins it to the open problem
 * however long ago it was filed; a new patient (有个队员发烧了) is a problem of its own.
 */
class PatientFollowedUpTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T13:40");

    private static Issue issue(String sender, String text) {
        var issues = IssueCases.issues(AT, sender, text);
        assertThat(issues).as(text).hasSize(1);
        assertThat(issues.get(0).category()).as(text).isEqualTo(IssueCategory.HEALTH);
        return issues.get(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|河南那个不舒服的同志量了体温38度2 要不要去医院", "hunan|发烧的那位烧到39度了 麻烦派个医生过来", "hebei|河北那个崴脚的队员脚肿得厉害 能不能送医院"})
    void aPatientPointedBackAtFollowsUp(String sender, String text) {
        assertThat(issue(sender, text).said()).as(text).isEqualTo(Issue.Said.STILL);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|河南有个同志不舒服 量了体温38度2 要不要去医院", "hunan|有个队员发烧了 麻烦派个医生过来"})
    void aNewPatientIsAProblemOfItsOwn(String sender, String text) {
        assertThat(issue(sender, text).said()).as(text).isEqualTo(Issue.Said.PLAIN);
    }
}
