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
        MovingHeadcounts movingCounts,
        IssueRules issues,
        VisitRules visits) {

    static RuleFamilies of(Reading reading) {
        MovementRules movements = new MovementRules(reading);
        HeadcountDrafter counts = new HeadcountDrafter(reading);
        return new RuleFamilies(
                new MealRules(reading),
                movements,
                new MovementBeside(reading, movements),
                new HeadcountRules(reading, counts),
                new MovingHeadcounts(reading, counts),
                new IssueRules(reading),
                new VisitRules(reading));
    }
}
