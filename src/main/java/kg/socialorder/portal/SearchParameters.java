package kg.socialorder.portal;

/** The query parameters of the portal's lists, as the bilingual messages name them. */
final class SearchParameters {

  static final String MUNICIPALITY = "municipality";
  static final String YEAR = "year";
  static final String STATUS = "status";
  static final String PAGE = "page";
  /** Years a social order may carry (the real cases go back to 2015); beyond them a year is a typing error. */
  static final long FIRST_YEAR = 2000;
  static final long LAST_YEAR = 2100;
  static final long MAX_PAGE = 1_000_000;

  private SearchParameters() {}
}
