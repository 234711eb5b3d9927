package kg.socialorder;

/** A status as the public reads it, in Kyrgyz, Russian and English (portal, reports, open data). */
public interface PublicWording {

  Words words();

  default String ky() {
    return words().ky();
  }

  default String ru() {
    return words().ru();
  }

  default String en() {
    return words().en();
  }

  record Words(String ky, String ru, String en) {}
}
