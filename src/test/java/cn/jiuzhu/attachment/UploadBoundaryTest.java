package cn.jiuzhu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.testsupport.Household;
import cn.jiuzhu.testsupport.Journeys;
import cn.jiuzhu.testsupport.RawHttp;
import cn.jiuzhu.testsupport.Sql;
import cn.jiuzhu.testsupport.Uploads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What an upload meets before the resource: a file far over the limit is refused with a coded
 * answer the client can read, not a reset connection, however it sends (chunked, as RestAssured's
 * multipart does; with its length declared, as java.net.http does; or holding the body back until
 * told to continue), and a body that is no form at all is refused with a code too.
 */
@QuarkusTest
class UploadBoundaryTest {

    private static final int MB = 1024 * 1024;
    private static final String BOUNDARY = "jiuzhu-test-boundary";

    @TestHTTPResource("/")
    URI root;

    @Test
    void twentyAndSixtyMegabytesSentChunkedGetAttachmentTooLarge() {
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
    void twentyAndSixtyMegabytesWithTheirLengthDeclaredGetAttachmentTooLarge() throws Exception {
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
    void aClientThatAsksBeforeSendingIsAnsweredWithoutSendingTheFileOrToldToSendIt() throws Exception {
        Household h = new Household();
        String token = h.applicantToken();
        String id = Journeys.startDraft(token, "DIBAO");
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY);

        RawHttp.Answer refused = RawHttp.askingFirst(root, uploadUri(id).getPath(), headers, multipart(Uploads.large(60 * MB)));
        assertThat(refused.continued()).isFalse();
        assertThat(refused.statusLine()).startsWith("HTTP/1.1 413");
        assertThat(refused.json().getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");

        RawHttp.Answer accepted = RawHttp.askingFirst(root, uploadUri(id).getPath(), headers, multipart(Uploads.JPEG));
        assertThat(accepted.continued()).isTrue();
        assertThat(accepted.statusLine()).startsWith("HTTP/1.1 200");
        assertThat(accepted.json().getString("documentType")).isEqualTo("ID_CARD");
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

    @Test
    void aMultipartBodyWithoutAnyPartIsAttachmentEmptyOrFirstUnauthenticated() throws Exception {
        Household h = new Household();
        String id = Journeys.startDraft(h.applicantToken(), "DIBAO");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String body : new String[] { "not a form", "--" + BOUNDARY + "--\r\n" }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uploadUri(id))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> signedIn = client.send(request.copy().header("Authorization", "Bearer " + h.applicantToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(body).isEqualTo(400);
            assertThat(new JsonPath(signedIn.body()).getString("code")).isEqualTo("ATTACHMENT_EMPTY");
            HttpResponse<String> anonymous = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(body).isEqualTo(401);
            assertThat(new JsonPath(anonymous.body()).getString("code")).isEqualTo("UNAUTHENTICATED");
        }
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
