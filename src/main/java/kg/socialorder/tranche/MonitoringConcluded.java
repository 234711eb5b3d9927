package kg.socialorder.tranche;

/**
 * The joint monitoring and evaluation group has visited the project and concluded on a tranche. A
 * tranche sent back for corrections is visited again: each visit concludes anew.
 *
 * @param themeKey the theme's key (the tranche's business key)
 * @param visit the visit as recorded (municipality, contract, tranche, its number, rating, findings)
 */
public record MonitoringConcluded(String themeKey, MonitoringVisit visit) {}
