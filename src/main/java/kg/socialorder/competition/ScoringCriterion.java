package kg.socialorder.competition;

/** A scoring criterion of a call: its code, its bilingual name, and its weight in percent. */
public record ScoringCriterion(String code, String name, Integer weight) {}
