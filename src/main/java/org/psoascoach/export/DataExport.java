package org.psoascoach.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;
import org.psoascoach.store.Database;
import org.psoascoach.store.Tables;
import org.psoascoach.store.Times;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complete JSON export: every row of every personal table, column by column, for one account,
 * several, or the whole database. {@link DataImport} loads it into another database (SQLite or
 * PostgreSQL) with the same ids, so nothing is lost on the way. Password hashes are included so that a
 * restored account can still sign in; they are Argon2id hashes, never passwords.
 */
public final class DataExport {
    public static final String FORMAT = "psoas-coach-export";
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database db;
    private final Clock clock;

    public DataExport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Everything that belongs to these accounts, and nothing of anyone else's. */
    public ObjectNode accounts(List<String> accountIds, Progress progress) {
        return db.read(h -> {
            ObjectNode root = header();
            ObjectNode tables = root.putObject("tables");
            long done = 0, total = (long) Tables.ALL.size() * accountIds.size();
            for (Tables.Table table : Tables.ALL) {
                Map<String, ObjectNode> rows = new LinkedHashMap<>(); // a link between two exported accounts appears once
                for (String id : accountIds) {
                    for (ObjectNode row : rows(h, table, "SELECT " + table.columnList() + " FROM " + table.name()
                            + " WHERE " + table.ofAccount() + " ORDER BY " + table.orderBy(), id)) {
                        rows.putIfAbsent(row.toString(), row);
                    }
                    progress.at(++done, total);
                }
                ArrayNode array = tables.putArray(table.name());
                rows.values().forEach(array::add);
            }
            return root;
        });
    }

    /** Every row of the database: a full backup. */
    public ObjectNode everything(Progress progress) {
        return db.read(h -> {
            ObjectNode root = header();
            ObjectNode tables = root.putObject("tables");
            long done = 0;
            for (Tables.Table table : Tables.ALL) {
                ArrayNode array = tables.putArray(table.name());
                rows(h, table, "SELECT " + table.columnList() + " FROM " + table.name() + " ORDER BY " + table.orderBy(), null).forEach(array::add);
                progress.at(++done, Tables.ALL.size());
            }
            return root;
        });
    }

    public static void write(ObjectNode export, OutputStream out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), export);
        out.write('\n');
        out.flush();
    }

    private ObjectNode header() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("exportedAt", Times.text(clock.instant()));
        return root;
    }

    private static List<ObjectNode> rows(Handle h, Tables.Table table, String sql, String accountId) {
        var query = h.createQuery(sql);
        if (accountId != null) query.bind("account", accountId);
        return query.map((rs, ctx) -> row(rs, table)).list();
    }

    private static ObjectNode row(ResultSet rs, Tables.Table table) throws SQLException {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        int i = 1;
        for (Tables.Column c : table.columns()) {
            switch (c.type()) {
                case TEXT -> row.put(c.name(), rs.getString(i));
                case INTEGER -> {
                    long v = rs.getLong(i);
                    if (rs.wasNull()) row.putNull(c.name()); else row.put(c.name(), v);
                }
                case DECIMAL -> {
                    double v = rs.getDouble(i);
                    if (rs.wasNull()) row.putNull(c.name()); else row.put(c.name(), v);
                }
                case BOOLEAN -> {
                    boolean v = rs.getBoolean(i);
                    if (rs.wasNull()) row.putNull(c.name()); else row.put(c.name(), v);
                }
            }
            i++;
        }
        return row;
    }

    /** Jackson closes the stream it writes to; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
