package uk.gov.dynamicframework.devtools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the services' databases on a PostgreSQL server, for the local run and for test runs. */
public record LocalDatabases(String host, int port, String user, String password) {

    public static LocalDatabases fromEnvironment() {
        return new LocalDatabases(env("DB_HOST", "127.0.0.1"), Integer.parseInt(env("DB_PORT", "5432")),
                env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates {@code database} if it does not exist; keeps its data if it does. */
    public void ensure(String database) {
        execute(database, false);
    }

    /** Drops and creates {@code database}: a clean one for each test run. */
    public void recreate(String database) {
        execute(database, true);
    }

    private void execute(String database, boolean dropFirst) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a safe database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            if (dropFirst) {
                s.execute("drop database if exists " + database + " with (force)");
            }
            if (!exists(c, database)) {
                s.execute("create database " + database);
                System.out.printf("[devtools] created database %s on %s:%d%n", database, host, port);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + database + " on " + host + ":" + port
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
