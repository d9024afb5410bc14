package cn.jiuzhu.attachment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class AttachmentRulesTest {

    @Test
    void recognisesThePhotoAndDocumentFormatsPhonesProduce() {
        assertThat(AttachmentRules.check(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'))).isEqualTo("image/jpeg");
        assertThat(AttachmentRules.check(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D))).isEqualTo("image/png");
        assertThat(AttachmentRules.check(ascii("%PDF-1.7\n%âãÏÓ"))).isEqualTo("application/pdf");
        assertThat(AttachmentRules.check(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
        assertThat(AttachmentRules.check(ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000"))).isEqualTo("image/heic");
        assertThat(AttachmentRules.check(ascii("\u0000\u0000\u0000\u001cftypmif1\u0000\u0000\u0000\u0000"))).isEqualTo("image/heic");
    }

    @Test
    void refusesWhatIsNotAPhotoOrPdfWhateverItIsCalled() {
        // Nothing but the bytes is looked at: a file named 身份证.jpg with any of these contents is refused.
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 0x00; // not the first byte of any accepted format

        assertRefusedAsType(ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000")); // Windows executable
        assertRefusedAsType(bytes('P', 'K', 0x03, 0x04, 0x14, 0x00)); // ZIP, also .docx
        assertRefusedAsType("王秀兰 身份证号 11010519491231002X".getBytes(StandardCharsets.UTF_8));
        assertRefusedAsType(random);
        assertRefusedAsType(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")); // audio, not WebP
        assertRefusedAsType(ascii("\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000\u0000\u0000")); // MP4 video
        assertRefusedAsType(bytes(0xFF, 0xD8)); // too short to be a JPEG
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> AttachmentRules.check(new byte[0]))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ATTACHMENT_EMPTY));
        assertThatThrownBy(() -> AttachmentRules.check(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ATTACHMENT_EMPTY));
    }

    @Test
    void acceptsUpToTenMebibytesAndNotOneByteMore() {
        byte[] atLimit = jpegOfSize(AttachmentRules.MAX_BYTES);
        byte[] overLimit = jpegOfSize(AttachmentRules.MAX_BYTES + 1);

        assertThat(AttachmentRules.MAX_BYTES).isEqualTo(10 * 1024 * 1024);
        assertThat(AttachmentRules.check(atLimit)).isEqualTo("image/jpeg");
        assertThatCode(() -> AttachmentRules.requireSize(AttachmentRules.MAX_BYTES)).doesNotThrowAnyException();
        assertTooLarge(() -> AttachmentRules.check(overLimit));
        assertTooLarge(() -> AttachmentRules.requireSize(AttachmentRules.MAX_BYTES + 1L));
        assertTooLarge(() -> AttachmentRules.requireSize(5L * 1024 * 1024 * 1024));
    }

    @Test
    void fingerprintsContentWithSha256() {
        assertThat(AttachmentRules.sha256(ascii("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AttachmentRules.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void keepsOnlyTheNameOfAnUploadedFile() {
        assertThat(AttachmentRules.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentRules.cleanFileName("C:\\x\\身份证.jpg")).isEqualTo("身份证.jpg");
        assertThat(AttachmentRules.cleanFileName("  户口簿 首页.png  ")).isEqualTo("户口簿 首页.png");
    }

    @Test
    void refusesANameWithControlBidiOrLineBreakingCharacters() {
        for (String name : new String[] { "病历\u0000.pdf", "诊断\u007F.pdf", "收入\u0085证明.pdf", "证明\u202Efdp.exe",
                "户口\r\n簿.jpg", "户口\t簿.jpg" }) {
            assertThatThrownBy(() -> AttachmentRules.cleanFileName(name)).as(name).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TEXT_INVALID);
                assertThat(e.details()).containsEntry("field", "fileName");
            });
        }
    }

    @Test
    void namesAFileWithoutAUsableNameFile() {
        assertThat(AttachmentRules.cleanFileName(null)).isEqualTo("file");
        assertThat(AttachmentRules.cleanFileName("   ")).isEqualTo("file");
        assertThat(AttachmentRules.cleanFileName("photos/")).isEqualTo("file");
    }

    @Test
    void shortensALongNameFromTheFrontSoTheExtensionStays() {
        String cleaned = AttachmentRules.cleanFileName("很".repeat(300) + ".jpg");

        assertThat(cleaned).hasSize(200).endsWith("很很.jpg");
    }

    private static void assertRefusedAsType(byte[] content) {
        assertThatThrownBy(() -> AttachmentRules.check(content)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED));
    }

    private static void assertTooLarge(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ATTACHMENT_TOO_LARGE));
    }

    private static byte[] jpegOfSize(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 0x20);
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        return content;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Each char as one byte (ISO-8859-1), so escapes like \u0090 give that byte. */
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
