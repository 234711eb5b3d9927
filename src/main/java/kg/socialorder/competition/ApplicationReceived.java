package kg.socialorder.competition;

/**
 * An NGO's new application was registered from the portal: its receipt, with the secret that lets its
 * holder change the application, goes to the application's contact address (package mail).
 *
 * @param call the call applied to
 * @param registration the receipt, its secret included
 * @param contactEmail the address the application gave
 */
public record ApplicationReceived(CompetitionCall call, Registration registration, String contactEmail) {}
