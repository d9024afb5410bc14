package cn.jiuzhu.attachment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.PlainText;

/**
 * What may be uploaded, judged on the bytes: photos a phone takes (JPEG, PNG, HEIC, WebP) and PDF.
 * The name and the declared type are ignored, so an executable renamed to .jpg is refused.
 */
public final class AttachmentRules {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private AttachmentRules() {
    }

    /** The content type of an acceptable file, or a coded rejection. */
    public static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ApiException(ErrorCode.ATTACHMENT_EMPTY, Map.of());
        }
        requireSize(content.length);
        return detect(content).orElseThrow(() -> new ApiException(ErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED,
                Map.of("allowed", "image/jpeg, image/png, image/heic, image/webp, application/pdf")));
    }

    /** Refuses a file over the limit before it is read into memory. */
    public static void requireSize(long sizeBytes) {
        if (sizeBytes > MAX_BYTES) {
            throw new ApiException(ErrorCode.ATTACHMENT_TOO_LARGE, Map.of("maxMegabytes", MAX_MEGABYTES,
                    "sizeBytes", sizeBytes));
        }
    }

    static Optional<String> detect(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (b.length >= 12 && startsWith(b, 4, 'f', 't', 'y', 'p')) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (brand.equals("heic") || brand.equals("heix") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of("image/heic");
            }
        }
        return Optional.empty();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the name a person recognises, without its path. A name with control, bidirectional or
     * line-breaking characters is refused: staff read it in their consoles as the document's title.
     */
    public static String cleanFileName(String name) {
        if (name == null || name.isBlank()) {
            return "file";
        }
        PlainText.requireName("fileName", name);
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
