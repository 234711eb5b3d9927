package kg.socialorder.competition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret printed on an application's receipt, which with the registration number lets its holder
 * change the application. Twenty characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown in groups of five: about 99 random bits, so a plain SHA-256 is stored (nothing to guess a salt or a
 * slow hash would protect) and compared in constant time. Typed back, case, spaces and dashes do not count.
 */
public final class ReceiptSecret {

  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReceiptSecret() {}

  /** A new secret as the receipt shows it: "K7QMX-3WPRA-…". */
  static String generate() {
    StringBuilder secret = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 5 == 0) {
        secret.append('-');
      }
      secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return secret.toString();
  }

  /** What is stored: the hex SHA-256 of the secret as typed, without case, spaces or dashes. */
  static String hash(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised(secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The typed secret is the one whose hash was stored; false when none was stored. */
  static boolean matches(String typed, String storedHash) {
    if (typed == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** The secret as typed, without case, spaces or dashes: "w6mkh 8ug2x…" reads as "W6MKH8UG2X…". */
  public static String normalised(String typed) {
    return typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
  }
}
