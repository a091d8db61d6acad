package io.memberkit.benchmarks;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Scenario 5, the floor: a plain Java main that opens the same H2 file with the same URL, runs the same may-edit
 * query once and prints the answer. No framework, no pool, no migration check.
 *
 * <pre>java -cp benchmarks.jar io.memberkit.benchmarks.ColdStartPlainJdbc DIR USER ORGANIZATION CLASS ID</pre>
 */
public final class ColdStartPlainJdbc {
    private ColdStartPlainJdbc() {
    }

    public static void main(String[] args) throws SQLException {
        var url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0]).toAbsolutePath() + "/memberkit;"
                + Target.H2_OPTIONS;
        try (var c = DriverManager.getConnection(url, "sa", ""); var s = c.prepareStatement(Baseline.MAY_EDIT)) {
            s.setString(1, args[2]);
            s.setString(2, args[3]);
            s.setString(3, args[4]);
            s.setString(4, args[2]);
            s.setString(5, args[1]);
            boolean allowed = false;
            try (var rows = s.executeQuery()) {
                if (rows.next() && rows.getBoolean(1)) {
                    var role = rows.getString(3);
                    allowed = rows.getBoolean(2) || role != null && (!role.equals("partial_editor") || rows.getBoolean(4));
                }
            }
            System.out.println(allowed ? "yes" : "no");
        }
    }
}
