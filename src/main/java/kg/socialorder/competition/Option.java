package kg.socialorder.competition;

/** An option of a select or checklist filled from a variable (form-js {@code valuesKey}). */
public record Option(String label, String value) {}
