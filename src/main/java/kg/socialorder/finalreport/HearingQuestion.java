package kg.socialorder.finalreport;

/** A question residents raised at the public accountability event, and the answer given. */
public record HearingQuestion(String question, String answer) {}
