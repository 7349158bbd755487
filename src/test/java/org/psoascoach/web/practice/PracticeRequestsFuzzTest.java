package org.psoascoach.web.practice;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.psoascoach.Fixtures;
import org.psoascoach.contract.FuzzChecks;
import org.psoascoach.web.http.RequestChecks;

/**
 * The practitioner API's bodies ({@code POST …/adjustments}, {@code POST …/templates}) under fuzzing: any bytes are read
 * into a change or a name, or refused as malformed naming the field; nothing else. The first byte picks the body.
 */
public class PracticeRequestsFuzzTest {
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        boolean change = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        try {
            if (change) {
                PracticeRequests.Change read = PracticeRequests.change(body, Fixtures.CATALOG);
                if (read.kind() == null || read.side() == null || Fixtures.CATALOG.find(read.itemId()).isEmpty()) {
                    throw new AssertionError("a change read without its kind, side or a catalog item: " + read);
                }
            } else {
                PracticeRequests.templateName(body);
            }
        } catch (RequestChecks.Malformed e) {
            FuzzChecks.namesField(e.field(), e.detail());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyBodyIsAChangeOrANameOrIsRefusedByField(FuzzedDataProvider data) { fuzzerTestOneInput(data); }
}
