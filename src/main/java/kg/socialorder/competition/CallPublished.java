package kg.socialorder.competition;

/**
 * A call for proposals is published: NGOs may apply until its deadline. A re-announced competition
 * publishes its next call (the next round).
 *
 * @param call the call as its register holds it, with the moment it was published
 */
public record CallPublished(CompetitionCall call) {}
