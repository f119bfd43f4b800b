package dev.jobdesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180, CRLF line ends). A cell a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return: a comment can be anything) is neutralised
 * with a leading apostrophe, so opening the export never runs what someone typed.
 */
final class AuditCsv {

    static final String HEADER = "time,who,step,on,address,from status,to status,detail\r\n";

    private AuditCsv() {
    }

    static void write(Writer out, AuditTrail.Row row) {
        List<String> cells = List.of(row.at().toString(), row.who(), row.step(), row.subject(), row.subjectPath(),
                row.fromStatus(), row.toStatus(), row.detail());
        try {
            out.write(String.join(",", cells.stream().map(AuditCsv::cell).toList()));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
