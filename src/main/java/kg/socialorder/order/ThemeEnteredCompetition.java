package kg.socialorder.order;

import java.time.Instant;
import kg.socialorder.problemselection.ApprovedTheme;

/**
 * A theme the council approved has entered competition: its branch of the social order is open and
 * it stands in the public register.
 *
 * @param municipality the municipality that orders
 * @param orderKey the social order's business key, e.g. KARAKOL-2019-1
 * @param programme the programme the order funds (may be absent)
 * @param themeKey the theme's key, which its competition, contract, tranches and final report share
 * @param theme the theme as the council approved it (problem, budget, votes)
 * @param at when it entered competition
 */
public record ThemeEnteredCompetition(
    String municipality, String orderKey, String programme, String themeKey, ApprovedTheme theme, Instant at) {}
