package org.receptionbot.parse;

/**
 * The rule families that read one message, each over the same {@link Reading}. A new family is added
 * here and given its turn in {@link ClauseSteps#step}.
 */
record RuleFamilies(
        MealRules meals,
        MovementRules movements,
        MovementBeside beside,
        HeadcountRules headcounts,
        IssueRules issues,
        VisitRules visits) {

    static RuleFamilies of(Reading reading) {
        MovementRules movements = new MovementRules(reading);
        return new RuleFamilies(
                new MealRules(reading),
                movements,
                new MovementBeside(reading, movements),
                new HeadcountRules(reading),
                new IssueRules(reading),
                new VisitRules(reading));
    }
}
