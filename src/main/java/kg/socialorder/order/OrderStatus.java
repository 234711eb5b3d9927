package kg.socialorder.order;

/** Where a social order stands, as the public registry shows it. */
public enum OrderStatus {
  SELECTION("Көйгөй тандалууда", "Выбор проблемы", "Problem selection"),
  IMPLEMENTATION("Ишке ашырылууда", "Реализуется", "Under way"),
  CLOSED("Жабылды", "Закрыт", "Closed");

  private final String ky;
  private final String ru;
  private final String en;

  OrderStatus(String ky, String ru, String en) {
    this.ky = ky;
    this.ru = ru;
    this.en = en;
  }

  public String ky() {
    return ky;
  }

  public String ru() {
    return ru;
  }

  public String en() {
    return en;
  }
}
