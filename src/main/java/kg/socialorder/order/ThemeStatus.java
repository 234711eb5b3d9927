package kg.socialorder.order;

import kg.socialorder.PublicWording;

/** Where one theme of a social order stands. */
public enum ThemeStatus implements PublicWording {
  COMPETITION("Сынак", "Конкурс", "Competition"),
  CONTRACT("Келишим", "Договор", "Contract"),
  COMPLETED("Аткарылды", "Исполнен", "Completed"),
  TERMINATED("Келишим токтотулду", "Договор расторгнут", "Contract terminated"),
  CANCELLED("Сынак жокко чыгарылды", "Конкурс отменён", "Competition cancelled");

  private final Words words;

  ThemeStatus(String ky, String ru, String en) {
    this.words = new Words(ky, ru, en);
  }

  @Override
  public Words words() {
    return words;
  }
}
