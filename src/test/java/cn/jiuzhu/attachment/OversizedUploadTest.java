package cn.jiuzhu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A file far over the limit is refused with a coded answer the phone can read, not a reset
 * connection, whatever the client: one that sends the whole body first, one that reads while it
 * sends, one that waits for 100 Continue.
 */
@QuarkusTest
class OversizedUploadTest {

    private static final int MB = 1024 * 1024;
    private static final String BOUNDARY = "jiuzhu-test-boundary";

    @TestHTTPResource("/")
    URI root;

    @Test
    void twentyAndSixtyMegabytesGetAttachmentTooLargeThroughRestAssured() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        for (int size : new int[] { 20 * MB, 60 * MB }) {
            Uploads.upload(token, id, "ID_CARD", "scan.jpg", Uploads.large(size)).statusCode(413)
                    .body("code", equalTo("ATTACHMENT_TOO_LARGE"))
                    .body("message", equalTo("文件太大了，每个文件不能超过10MB，请压缩后再上传。"))
                    .body("details.maxMegabytes", equalTo(10));
        }
        Uploads.upload(token, id, "ID_CARD", "scan.jpg", Uploads.JPEG).statusCode(200);
        assertThat(Sql.count("SELECT count(*) FROM attachment WHERE application_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void twentyAndSixtyMegabytesGetAttachmentTooLargeThroughJavaNetHttp() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int size : new int[] { 20 * MB, 60 * MB }) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uploadUri(id))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(Uploads.large(size)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(new JsonPath(r.body()).getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");
        }
        assertThat(Sql.count("SELECT count(*) FROM attachment WHERE application_id = '" + id + "'")).isZero();
    }

    @Test
    void aClientThatAsksBeforeSendingIsAnsweredWithoutSendingTheFile() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uploadUri(id).getPath() + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: " + (60L * MB) + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain("100 Continue");
            assertThat(new JsonPath(answer.substring(answer.indexOf("\r\n\r\n") + 4)).getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");
        }
    }

    @Test
    void aFileJustOverTheLimitIsStillJudgedOnItsSize() {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Uploads.upload(token, id, "ID_CARD", "scan.jpg", Uploads.large(10 * MB + 1)).statusCode(413)
                .body("code", equalTo("ATTACHMENT_TOO_LARGE"))
                .body("details.sizeBytes", equalTo(10 * MB + 1));
        Uploads.upload(token, id, "ID_CARD", "scan.jpg", Uploads.large(10 * MB)).statusCode(200);
    }

    private URI uploadUri(String applicationId) {
        return root.resolve("/api/applications/" + applicationId + "/attachments");
    }

    private static byte[] multipart(byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\nID_CARD\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
