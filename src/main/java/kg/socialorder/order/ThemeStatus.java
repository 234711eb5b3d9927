package kg.socialorder.order;

/** Where one theme of a social order stands. */
public enum ThemeStatus {
  COMPETITION("Сынак", "Конкурс", "Competition"),
  CONTRACT("Келишим", "Договор", "Contract"),
  COMPLETED("Аткарылды", "Исполнен", "Completed"),
  TERMINATED("Келишим токтотулду", "Договор расторгнут", "Contract terminated"),
  CANCELLED("Сынак жокко чыгарылды", "Конкурс отменён", "Competition cancelled");

  private final String ky;
  private final String ru;
  private final String en;

  ThemeStatus(String ky, String ru, String en) {
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
