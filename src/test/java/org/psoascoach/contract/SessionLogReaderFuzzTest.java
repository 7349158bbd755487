package org.psoascoach.contract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.psoascoach.Fixtures;
import org.psoascoach.json.InvalidInputException;
import org.psoascoach.progress.SessionLogRules;

import java.time.LocalDate;

/**
 * The session-log reader ({@code psoas log}, {@code POST /api/v1/sessions}) under fuzzing: any text is read, and the
 * saving rules then answer with problems or none, or it is refused with problems naming fields; nothing else.
 */
public class SessionLogReaderFuzzTest {
    private static final SessionLogRules RULES = new SessionLogRules(Fixtures.CATALOG);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    public static void fuzzerTestOneInput(FuzzedDataProvider data) { check(data.consumeRemainingAsString()); }

    static void check(String text) {
        SessionLogReader.Read read;
        try {
            read = SessionLogReader.read(text, TODAY, () -> "made-up-key");
        } catch (InvalidInputException e) {
            FuzzChecks.namesFields(e);
            return;
        }
        RULES.check(read.session(), TODAY).forEach(p -> FuzzChecks.namesField(p.path(), p.message()));
    }

    @FuzzTest(maxDuration = "10s")
    void anyTextIsASessionLogOrIsRefusedByField(FuzzedDataProvider data) { fuzzerTestOneInput(data); }
}
