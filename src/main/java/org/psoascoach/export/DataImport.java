package org.psoascoach.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;
import org.psoascoach.account.Revisions;
import org.psoascoach.store.Constraints;
import org.psoascoach.store.Database;
import org.psoascoach.store.Tables;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Loads a {@link DataExport} into this database in one transaction: every row goes in, or none does.
 * Rows are checked first (known tables and columns, the right JSON types) with one problem per field;
 * rows the database refuses (an id already here, a value out of range) are reported by position,
 * never as SQL. A practitioner–client link to an account that is not in the file is left out.
 */
public final class DataImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Database db;

    public DataImport(Database db) { this.db = db; }

    public record Summary(int rows, int linksLeftOut) {}

    public Summary load(String json, Progress progress) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new Problem("$", "not valid JSON" + where)));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) throw new InvalidInputException(List.of(new Problem("$", "must be a JSON object (a psoas export)")));
        if (!DataExport.FORMAT.equals(root.path("format").asText(null))) problems.add(new Problem("$.format", "must be \"" + DataExport.FORMAT + "\": this is not a Psoas Coach export"));
        if (root.path("formatVersion").asInt(-1) != DataExport.FORMAT_VERSION) problems.add(new Problem("$.formatVersion", "must be " + DataExport.FORMAT_VERSION));
        JsonNode tables = root.path("tables");
        if (!tables.isObject()) problems.add(new Problem("$.tables", "must be an object with one array per table"));
        else check(tables, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        long total = 0;
        for (Tables.Table t : Tables.ALL) total += tables.path(t.name()).size();
        int retiredRows = 0;
        for (String name : RETIRED) retiredRows += tables.path(name).size();
        int retired = retiredRows;
        long all = total;
        return db.write(h -> {
            int rows = 0, leftOut = retired;
            Set<String> accounts = new HashSet<>();
            for (Tables.Table table : Tables.ALL) {
                JsonNode array = tables.path(table.name());
                for (int i = 0; i < array.size(); i++) {
                    JsonNode row = array.get(i);
                    if (table.name().equals("account")) accounts.add(row.path("id").asText());
                    // a practitioner named in the access log may not exist here: the line keeps who it was, without the link
                    if (table.name().equals("record_access") && !row.path("practitioner_id").isNull()
                            && !exists(h, row.path("practitioner_id").asText(), accounts)) {
                        row = ((com.fasterxml.jackson.databind.node.ObjectNode) row.deepCopy()).putNull("practitioner_id");
                    }
                    insert(h, table, row, "$.tables." + table.name() + "[" + i + "]");
                    rows++;
                    if (rows % 200 == 0 || rows == all) progress.at(rows, all);
                }
            }
            for (String account : accounts) Revisions.renew(h, account); // never the revision of an earlier life of this account
            progress.at(all, all);
            return new Summary(rows, leftOut);
        });
    }

    /** Tables an older export may carry that no longer exist: their rows are left out, as the summary says. */
    private static final Set<String> RETIRED = Set.of("practitioner_client");

    private static boolean exists(Handle h, String accountId, Set<String> imported) {
        return imported.contains(accountId)
                || h.createQuery("SELECT COUNT(*) FROM account WHERE id = :id").bind("id", accountId).mapTo(Integer.class).one() > 0;
    }

    private static void check(JsonNode tables, List<Problem> problems) {
        for (Iterator<String> names = tables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Tables.Table table = Tables.named(name);
            String path = "$.tables." + name;
            if (RETIRED.contains(name)) continue; // an export from before practices: its links are not carried over
            if (table == null) {
                problems.add(new Problem(path, "unknown table; allowed: " + String.join(", ", Tables.ALL.stream().map(Tables.Table::name).toList())));
                continue;
            }
            JsonNode array = tables.get(name);
            if (!array.isArray()) {
                problems.add(new Problem(path, "must be an array of rows"));
                continue;
            }
            for (int i = 0; i < array.size() && problems.size() < 50; i++) checkRow(table, array.get(i), path + "[" + i + "]", problems);
        }
    }

    private static void checkRow(Tables.Table table, JsonNode row, String path, List<Problem> problems) {
        if (!row.isObject()) {
            problems.add(new Problem(path, "must be an object"));
            return;
        }
        Set<String> known = new HashSet<>();
        for (Tables.Column c : table.columns()) {
            known.add(c.name());
            JsonNode v = row.get(c.name());
            if (v == null || v.isNull()) continue;
            boolean ok = switch (c.type()) {
                case TEXT -> v.isTextual();
                case INTEGER -> v.isIntegralNumber();
                case DECIMAL -> v.isNumber();
                case BOOLEAN -> v.isBoolean();
            };
            if (!ok) problems.add(new Problem(path + "." + c.name(), "must be " + switch (c.type()) {
                case TEXT -> "a string";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a number";
                case BOOLEAN -> "true or false";
            }));
        }
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) problems.add(new Problem(path + "." + name, "unknown column; allowed: " + table.columnList()));
        }
    }

    private static void insert(Handle h, Tables.Table table, JsonNode row, String path) {
        StringBuilder params = new StringBuilder();
        for (Tables.Column c : table.columns()) params.append(params.isEmpty() ? "" : ", ").append(':').append(c.name());
        Update update = h.createUpdate("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES (" + params + ")");
        for (Tables.Column c : table.columns()) {
            JsonNode v = row.get(c.name());
            boolean absent = v == null || v.isNull();
            switch (c.type()) {
                case TEXT -> { if (absent) update.bindNull(c.name(), Types.VARCHAR); else update.bind(c.name(), v.asText()); }
                case INTEGER -> { if (absent) update.bindNull(c.name(), Types.INTEGER); else update.bind(c.name(), v.asLong()); }
                case DECIMAL -> { if (absent) update.bindNull(c.name(), Types.DOUBLE); else update.bind(c.name(), v.asDouble()); }
                case BOOLEAN -> { if (absent) update.bindNull(c.name(), Types.BOOLEAN); else update.bind(c.name(), v.asBoolean()); }
            }
        }
        try {
            update.execute();
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new InvalidInputException(List.of(new Problem(path, "is already in this database (same id or key); "
                        + "import into an empty database, or delete that account first. Nothing was imported.")));
            }
            throw new InvalidInputException(List.of(new Problem(path, "was refused by the database: a value is missing, out of range, "
                    + "or refers to a row that is not in the file. Nothing was imported.")));
        }
    }
}
