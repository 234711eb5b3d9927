package kg.socialorder.engine;

/**
 * The texts the engine's guards say to a person (a task taken by someone else, of another
 * municipality, gone meanwhile): Kyrgyz, then Russian, from the project's message bundles. The
 * validation package provides them; the engine only asks for a key.
 */
@FunctionalInterface
public interface Bilingual {

  /** The message {@code key} in both languages, with {@code args} in place. */
  String bilingual(String key, Object... args);
}
