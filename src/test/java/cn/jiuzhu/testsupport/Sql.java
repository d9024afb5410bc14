package cn.jiuzhu.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks at (or arranges) this run's database directly, for what the API deliberately does not show. */
public final class Sql {

    private Sql() {
    }

    public static long count(String sql) {
        return Long.parseLong(text(sql));
    }

    /** The first column of the first row, as text; fails when there is no row. */
    public static String text(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for: " + sql);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row's first column, one per line (e.g. an EXPLAIN plan). */
    public static String lines(String sql) {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void exec(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return FreshDatabase.connect(FreshDatabase.name());
    }
}
