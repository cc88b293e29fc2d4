package roundtable.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the tests ask the database directly: a number, or a list of names; parameters are texts. */
final class Queries {

    private Queries() {
    }

    /** The first column of the first row as a number, e.g. of a {@code SELECT count(*)}. */
    static int number(Connection sql, String statement, String... parameters) throws SQLException {
        try (PreparedStatement query = prepared(sql, statement, parameters); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The first column of every row, in order. */
    static List<String> texts(Connection sql, String statement, String... parameters) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement query = prepared(sql, statement, parameters); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private static PreparedStatement prepared(Connection sql, String statement, String... parameters) throws SQLException {
        PreparedStatement query = sql.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setString(i + 1, parameters[i]);
        }
        return query;
    }
}
