package kg.socialorder.contract;

/** An option of a select or checklist whose values a form takes from a variable (valuesKey). */
public record SelectOption(String label, String value) {}
