package kg.socialorder.competition;

/**
 * A scoring round's results are published: the winner is named and the appeal window is open. An
 * upheld appeal reopens scoring, and the next round's results name the winner anew.
 *
 * @param call the call as its register holds it after the publication (round, scoring round,
 *     protocol number and date, moment of publication)
 * @param winner the winning organisation and its application
 * @param applicationsReceived how many applications the call received (absent when not counted)
 */
public record ResultsPublished(CompetitionCall call, Winner winner, Integer applicationsReceived) {}
