package cn.jiuzhu.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Uploads a document the way the mini-app does: multipart to the REST endpoint. */
public final class Uploads {

    /** The smallest bytes each format is recognised by, padded to look like a file. */
    public static final byte[] JPEG = pad(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 });
    public static final byte[] PDF = pad("%PDF-1.7\n".getBytes());
    public static final byte[] EXE = pad(new byte[] { 'M', 'Z', (byte) 0x90, 0 });

    private Uploads() {
    }

    public static ValidatableResponse upload(String token, Object applicationId, String documentType, String fileName, byte[] content) {
        return given().auth().oauth2(token)
                .multiPart("documentType", documentType)
                .multiPart("file", fileName, content, "application/octet-stream")
                .post("/api/applications/" + applicationId + "/attachments").then();
    }

    public static byte[] pad(byte[] head) {
        byte[] bytes = new byte[2048];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    /** A JPEG of the given size. */
    public static byte[] large(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(JPEG, 0, bytes, 0, JPEG.length);
        return bytes;
    }

    /** Different content of the same type, e.g. a second photo. */
    public static byte[] variant(byte[] base, int seed) {
        byte[] copy = base.clone();
        copy[copy.length - 1] = (byte) seed;
        copy[copy.length - 2] = (byte) (seed >> 8);
        return copy;
    }
}
