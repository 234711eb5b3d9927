package kg.socialorder.validation;

/**
 * One rejected input: the field (a variable name, or {@code list[index].field} inside a list, index
 * from 1 as people count), what is wrong with it as a message code, and the code's arguments.
 */
public record Violation(String field, String code, Object... args) {}
