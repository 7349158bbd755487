package org.psoascoach.web.progress;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.assessment.Assessment;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Planner;
import org.psoascoach.progress.Adherence;
import org.psoascoach.progress.ProgressReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The progress page: how each side has changed over the last year of test days, the pain trend, done against
 * planned and the streak. It reads only that window ({@link Journal#window}), so it costs the same after ten years.
 */
public final class ProgressPages {
    /** A year of whole weeks: what the calendar shows and the charts cover. */
    public static final int WEEKS = 53;

    private final Pages pages;
    private final Journal journal;
    private final Planner planner;
    private final Assessment assessment;

    public ProgressPages(Pages pages, Journal journal, Planner planner, Assessment assessment) {
        this.pages = pages;
        this.journal = journal;
        this.planner = planner;
        this.assessment = assessment;
    }

    public void show(Context ctx) {
        Account who = pages.visitors.account(ctx);
        Optional<ProgressView> view = view(who, pages.visitor(ctx).text());
        if (view.isEmpty()) {
            ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            return;
        }
        pages.show(ctx, "progress.title", Frame.Section.PROGRESS, frame -> pages.templates.progressShow(frame, view.get()));
    }

    /** A person's progress as the page shows it (their practitioner sees the same charts); empty before any test day. */
    public Optional<ProgressView> view(Account who, Text t) {
        LocalDate today = journal.today(who);
        LocalDate from = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        Journal.Window window = journal.window(who, from);
        if (window.assessments().isEmpty()) return Optional.empty();
        List<ProgressReport.TestDay> days = new ArrayList<>();
        List<Adherence.Frequency> frequencies = new ArrayList<>();
        for (AssessmentRecord a : window.assessments()) {
            days.add(ProgressReport.TestDay.of(a.takenOn(), a.intake(), assessment));
            frequencies.add(new Adherence.Frequency(a.takenOn(), planner.sessionsPerWeek(a.intake())));
        }
        ProgressReport report = ProgressReport.of(days, window.sessions());
        // a stopped attempt (not one set done) is kept with its pain but never counted as a session done
        Adherence adherence = Adherence.of(frequencies, window.doneDays(), today, WEEKS);
        // the latest assessment's frequency, worked out above: 0 when the safety check rules a program out
        boolean onHold = frequencies.get(frequencies.size() - 1).sessionsPerWeek() == 0;
        return Optional.of(ProgressView.of(report, adherence, today, window.retestDue(), t, onHold));
    }
}
