import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Mints RS256 tokens for the benchmark with the JDK alone: {@code java TokenSigner.java KEY.pem ISSUER AUDIENCE HOURS}
 * reads lines from stdin and writes one line per input line: the input, a tab, and the signed token.
 *
 * <pre>
 *   resident  ID_NUMBER   -> groups [resident], id_number
 *   STAFF_ROLE OFFICE_CODE -> groups [STAFF_ROLE], office   (caseworker, hotline_operator, ...)
 * </pre>
 *
 * Input lines may carry more tab-separated fields after these two; they are passed through untouched.
 * The claims are those cn.jiuzhu.identity reads (TokenClaims) and the tests' Tokens helper sets.
 */
public class TokenSigner {

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java TokenSigner.java PRIVATE_KEY.pem ISSUER AUDIENCE LIFETIME_HOURS < lines");
            System.exit(2);
        }
        PrivateKey key = privateKey(Path.of(args[0]));
        String issuer = args[1];
        String audience = args[2];
        long now = Instant.now().getEpochSecond();
        long expires = now + Long.parseLong(args[3]) * 3600;
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");

        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = in.readLine()) != null;) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String role = f[0];
            String who = f[1];
            String subject = role + "-" + who;
            String specific = role.equals("resident") ? "\"id_number\":\"" + who + "\"" : "\"office\":\"" + who + "\"";
            String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"upn\":\""
                    + subject + "\",\"groups\":[\"" + role + "\"]," + specific + ",\"iat\":" + now + ",\"exp\":" + expires + "}";
            String signingInput = header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            out.write(line);
            out.write('\t');
            out.write(signingInput);
            out.write('.');
            out.write(b64.encodeToString(rsa.sign()));
            out.write('\n');
        }
        out.flush();
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
