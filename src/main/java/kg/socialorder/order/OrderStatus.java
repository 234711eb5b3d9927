package kg.socialorder.order;

import kg.socialorder.PublicWording;

/** Where a social order stands, as the public registry shows it. */
public enum OrderStatus implements PublicWording {
  SELECTION("Көйгөй тандалууда", "Выбор проблемы", "Problem selection"),
  IMPLEMENTATION("Ишке ашырылууда", "Реализуется", "Under way"),
  CLOSED("Жабылды", "Закрыт", "Closed");

  private final Words words;

  OrderStatus(String ky, String ru, String en) {
    this.words = new Words(ky, ru, en);
  }

  @Override
  public Words words() {
    return words;
  }
}
