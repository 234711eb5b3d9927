package kg.socialorder.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes out of a published photo what tells more than the picture: EXIF (the camera, the moment, the
 * GPS position where it was taken), XMP and IPTC in a JPEG, and EXIF and text chunks in a PNG. The
 * image data is copied unchanged, byte for byte; a file that is not what it says is returned as it is
 * (it was checked before).
 */
public final class ImageMetadata {

  /** JPEG segments kept besides the image data: JFIF, the colour profile, Adobe's colour transform. */
  private static final Set<Integer> JPEG_KEPT_APP = Set.of(0xE0, 0xE2, 0xEE);
  /** PNG chunks that carry metadata and nothing the picture needs. */
  private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageMetadata() {}

  /** The image without its metadata, for the media types that have any; other content as it is. */
  public static byte[] stripped(byte[] content, String mediaType) {
    return switch (mediaType) {
      case ContentTypes.JPEG -> jpeg(content);
      case ContentTypes.PNG -> png(content);
      default -> content;
    };
  }

  static byte[] jpeg(byte[] in) {
    if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != 0xD8) {
      return in;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int i = 2;
    while (i + 4 <= in.length) {
      if ((in[i] & 0xFF) != 0xFF) {
        return in;
      }
      int marker = in[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) {
        // start of scan: the image data to the end, as it is
        out.write(in, i, in.length - i);
        return out.toByteArray();
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        out.write(in, i, 2);
        i += 2;
        continue;
      }
      int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
      if (length < 2 || i + 2 + length > in.length) {
        return in;
      }
      boolean metadata = (marker >= 0xE1 && marker <= 0xEF && !JPEG_KEPT_APP.contains(marker)) || marker == 0xFE;
      if (!metadata) {
        out.write(in, i, 2 + length);
      }
      i += 2 + length;
    }
    return in;
  }

  static byte[] png(byte[] in) {
    if (in.length < 8 || !java.util.Arrays.equals(java.util.Arrays.copyOf(in, 8), PNG_SIGNATURE)) {
      return in;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int i = 8;
    while (i + 12 <= in.length) {
      long length = ((long) (in[i] & 0xFF) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8)
          | (in[i + 3] & 0xFF);
      if (length > in.length - i - 12) {
        return in;
      }
      String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
      int chunk = (int) (12 + length);
      if (!PNG_DROPPED.contains(type)) {
        out.write(in, i, chunk);
      }
      i += chunk;
      if ("IEND".equals(type)) {
        return out.toByteArray();
      }
    }
    return in;
  }
}
