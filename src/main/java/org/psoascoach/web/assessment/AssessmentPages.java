package org.psoascoach.web.assessment;

import org.psoascoach.web.http.Frame;
import org.psoascoach.web.http.Pages;
import org.psoascoach.web.http.Text;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.psoascoach.account.Account;
import org.psoascoach.assessment.Assessment;
import org.psoascoach.catalog.Catalog;
import org.psoascoach.contract.IntakeJson;
import org.psoascoach.contract.IntakeReader;
import org.psoascoach.account.Accounts;
import org.psoascoach.assessment.Intake;
import org.psoascoach.journal.AssessmentDrafts;
import org.psoascoach.journal.ClinicDrafts;
import org.psoascoach.practice.ClientLink;
import org.psoascoach.practice.Practices;
import org.psoascoach.practice.RecordAction;
import org.psoascoach.journal.AssessmentRecord;
import org.psoascoach.journal.Journal;
import org.psoascoach.planning.Planner;
import org.psoascoach.questionnaire.Answers;
import org.psoascoach.questionnaire.Steps;
import org.psoascoach.questionnaire.WizardStep;
import org.psoascoach.store.Database;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided assessment: one step at a time, answers kept as a draft in the database, each step checked
 * by the same intake reader as the CLI. When the answers already rule out a program (urgent or
 * see-a-doctor triage) the assessment ends there: no test is asked for, no plan is made.
 */
public final class AssessmentPages {
    private final Pages pages;
    private final Journal journal;
    private final Planner planner;
    private final Catalog catalog;
    private final AssessmentDrafts drafts;
    private final ClinicDrafts clinicDrafts;
    private final Practices practices;
    private final Accounts accounts;
    private final Assessment assessment;

    public AssessmentPages(Pages pages, Journal journal, Planner planner, Catalog catalog, Assessment assessment,
                    Database db, Clock clock, Practices practices, Accounts accounts) {
        this.assessment = assessment;
        this.pages = pages;
        this.journal = journal;
        this.planner = planner;
        this.catalog = catalog;
        this.drafts = new AssessmentDrafts(db, clock);
        this.clinicDrafts = new ClinicDrafts(db, clock);
        this.practices = practices;
        this.accounts = accounts;
    }

    /**
     * Whose assessment this is and who answers: the person themselves (at /assessment), or their practitioner in the
     * clinic (at /practice/clients/{id}/assessment), who is the helper for the partner tests and may clear a see-doctor
     * reason as the clinician. The steps, questions and checks are the same.
     */
    private interface Seat {
        Account subject();

        String base();

        Optional<AssessmentDrafts.Draft> draft();

        void save(AssessmentDrafts.Draft draft);

        /** Saves the assessment (and drops the draft); returns where to go next. */
        String finish(Intake intake);

        /** The client's name when a practitioner assesses, else null. */
        String forWhom();
    }

    private Seat self(Context ctx) {
        Account who = pages.visitors.account(ctx);
        return new Seat() {
            public Account subject() { return who; }

            public String base() { return "/assessment"; }

            public Optional<AssessmentDrafts.Draft> draft() { return drafts.find(who); }

            public void save(AssessmentDrafts.Draft draft) { drafts.save(who, draft); }

            public String finish(Intake intake) {
                journal.assess(who, intake); // also discards the draft, in the same transaction
                return "/results";
            }

            public String forWhom() { return null; }
        };
    }

    /** The clinic seat for a client of the signed-in practitioner's practice; empty (and the answer sent) for anyone else. */
    private Optional<Seat> clinic(Context ctx) {
        Account me = pages.visitors.account(ctx);
        if (me.role() != org.psoascoach.account.AccountRole.PRACTITIONER) {
            ctx.status(HttpStatus.FORBIDDEN);
            pages.message(ctx, "practice.only.title", Frame.Section.HOME, "practice.only.body");
            return Optional.empty();
        }
        Optional<ClientLink> link = practices.clientOf(me, ctx.pathParam("id"));
        Optional<Account> client = link.flatMap(l -> accounts.find(l.clientId()));
        if (link.isEmpty() || client.isEmpty()) {
            pages.notFound(ctx.status(HttpStatus.NOT_FOUND));
            return Optional.empty();
        }
        Account who = client.get();
        String base = "/practice/clients/" + who.id() + "/assessment";
        return Optional.of(new Seat() {
            public Account subject() { return who; }

            public String base() { return base; }

            public Optional<AssessmentDrafts.Draft> draft() { return clinicDrafts.find(me, who.id()); }

            public void save(AssessmentDrafts.Draft draft) { clinicDrafts.save(me, who.id(), draft); }

            public String finish(Intake intake) {
                String assessor = me.email() + ", " + link.get().practiceName();
                // a tick on clearance in the clinic is this practitioner's, as the clinician, today
                boolean cleared = intake.person().clearedByClinician();
                journal.assess(who, intake, new AssessmentRecord.Clinic(assessor, cleared ? assessor : null, cleared ? journal.today(who) : null));
                clinicDrafts.discard(me, who.id());
                practices.record(me, link.get(), RecordAction.ASSESSED);
                return "/practice/clients/" + who.id();
            }

            public String forWhom() { return link.get().name(); }
        });
    }

    /** A practitioner starts assessing a client in the clinic: from the client's last answers, measured afresh, with the practitioner as helper. */
    public void clinicStart(Context ctx) {
        pages.visitors.checkForm(ctx);
        Optional<Seat> seat = clinic(ctx);
        if (seat.isEmpty()) return;
        List<AssessmentRecord> lastTwo = journal.lastTwo(seat.get().subject());
        Answers answers = (lastTwo.isEmpty() ? Answers.empty() : Answers.forRetest(lastTwo.get(lastTwo.size() - 1).intake())).withHelper();
        seat.get().save(new AssessmentDrafts.Draft(WizardStep.SAFETY.id, answers.json()));
        ctx.redirect(seat.get().base() + "/" + WizardStep.SAFETY.id, HttpStatus.SEE_OTHER);
    }

    public void clinicStep(Context ctx) { clinic(ctx).ifPresent(seat -> step(ctx, seat)); }

    public void clinicAnswer(Context ctx) {
        pages.visitors.checkForm(ctx);
        clinic(ctx).ifPresent(seat -> answer(ctx, seat));
    }

    /** The start page: what the assessment involves, and a way to continue a draft. */
    public record Start(String continueStep) {}

    public void start(Context ctx) {
        Account who = pages.visitors.account(ctx);
        String step = drafts.find(who).map(AssessmentDrafts.Draft::step).orElse(null);
        pages.show(ctx, "assessment.title", Frame.Section.ASSESSMENT, frame -> pages.templates.assessmentStart(frame, new Start(step)));
    }

    public void restart(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        drafts.save(who, new AssessmentDrafts.Draft(WizardStep.SAFETY.id, Answers.empty().json()));
        ctx.redirect("/assessment/" + WizardStep.SAFETY.id, HttpStatus.SEE_OTHER);
    }

    /**
     * A re-test: a new assessment that starts from the last one's answers (who the person is, conditions, equipment,
     * minutes), so only the measurements are new. The safety questions and today's pain are asked afresh, and the
     * test fields start empty with last time's values beside them: a re-test is measured, not copied.
     */
    public void retest(Context ctx) {
        Account who = pages.visitors.account(ctx);
        pages.visitors.checkForm(ctx);
        List<AssessmentRecord> lastTwo = journal.lastTwo(who);
        Answers answers = lastTwo.isEmpty() ? Answers.empty() : Answers.forRetest(lastTwo.get(lastTwo.size() - 1).intake());
        drafts.save(who, new AssessmentDrafts.Draft(WizardStep.SAFETY.id, answers.json()));
        ctx.redirect("/assessment/" + WizardStep.SAFETY.id, HttpStatus.SEE_OTHER);
    }

    public void step(Context ctx) { step(ctx, self(ctx)); }

    private void step(Context ctx, Seat seat) {
        WizardStep step = stepOf(ctx);
        Optional<AssessmentDrafts.Draft> draft = seat.draft();
        if (draft.isEmpty()) {
            ctx.redirect(seat.forWhom() == null ? "/assessment" : seat.base().replace("/assessment", ""), HttpStatus.SEE_OTHER);
            return;
        }
        Answers answers = Answers.parse(draft.get().answersJson());
        if (!Steps.shown(step, answers)) {
            ctx.redirect(seat.base() + "/" + Steps.next(step, answers).map(s -> s.id).orElse(WizardStep.SETUP.id), HttpStatus.SEE_OTHER);
            return;
        }
        // a test not yet reached is offered as done; one the person came back to shows what they chose
        boolean reachedBefore = WizardStep.fromId(draft.get().step()).map(s -> s.ordinal() > step.ordinal()).orElse(false);
        show(ctx, seat, step, answers, Map.of(), answers.testDone(step) || !reachedBefore);
    }

    public void answer(Context ctx) {
        pages.visitors.checkForm(ctx);
        answer(ctx, self(ctx));
    }

    private void answer(Context ctx, Seat seat) {
        WizardStep step = stepOf(ctx);
        Answers saved = seat.draft().map(d -> Answers.parse(d.answersJson())).orElseGet(Answers::empty);
        if ("back".equals(ctx.formParam("go"))) {
            ctx.redirect(seat.base() + "/" + Steps.previous(step, saved).map(s -> s.id).orElse(step.id), HttpStatus.SEE_OTHER);
            return;
        }
        Answers answers = saved.copy();
        answers.apply(step, ctx.formParamMap());
        // an answer can rule a test out (a pregnancy week, no helper): its results, from a draft or a re-test, go too
        for (WizardStep s : WizardStep.values()) if (s.isTest() && !Steps.shown(s, answers)) answers.dropTest(s);
        Map<String, String> errors = Steps.errors(step, answers);
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, seat, step, answers, errors, "yes".equals(ctx.formParam(Answers.DONE)));
            return;
        }
        var intake = IntakeReader.read(answers.tree());
        Optional<WizardStep> next = Steps.next(step, answers);
        if (next.isEmpty() || !planner.plan(intake).triage().allowsPlan()) {
            ctx.redirect(seat.finish(intake), HttpStatus.SEE_OTHER);
            return;
        }
        seat.save(new AssessmentDrafts.Draft(next.get().id, answers.json()));
        ctx.redirect(seat.base() + "/" + next.get().id, HttpStatus.SEE_OTHER);
    }

    public void results(Context ctx) {
        Account who = pages.visitors.account(ctx);
        Optional<Journal.Today> today = journal.current(who, pages.visitor(ctx).revision(), journal.today(who));
        if (today.isEmpty()) {
            ctx.redirect("/assessment", HttpStatus.SEE_OTHER);
            return;
        }
        Text t = pages.visitor(ctx).text();
        ResultView view = ResultView.of(today.get(), t, catalog);
        List<AssessmentRecord> lastTwo = journal.lastTwo(who);
        RetestView retest = lastTwo.size() < 2 ? null : RetestView.of(lastTwo.get(0), lastTwo.get(1), assessment, t);
        pages.show(ctx, view.titleKey(), Frame.Section.ASSESSMENT, frame -> pages.templates.assessmentResults(frame, view, retest));
    }

    private void show(Context ctx, Seat seat, WizardStep step, Answers answers, Map<String, String> errors, boolean testDone) {
        Text t = pages.visitor(ctx).text();
        boolean inClinic = seat.forWhom() != null;
        Answers lastTime = null;
        if (step.isTest()) {
            List<AssessmentRecord> lastTwo = journal.lastTwo(seat.subject());
            if (!lastTwo.isEmpty()) lastTime = Answers.parse(IntakeJson.write(lastTwo.get(lastTwo.size() - 1).intake()));
        }
        List<WizardStep> shownSteps = Steps.shownSteps(answers);
        List<StepView.Question> shared = new ArrayList<>(), left = new ArrayList<>(), right = new ArrayList<>();
        for (WizardStep.Field field : step.fields) {
            if (field.perSide()) {
                left.add(question(t, step, field, "left", answers, errors, lastTime, inClinic));
                right.add(question(t, step, field, "right", answers, errors, lastTime, inClinic));
            } else {
                shared.add(question(t, step, field, "", answers, errors, lastTime, inClinic));
            }
        }
        StepView view = new StepView(step.id, shownSteps.indexOf(step) + 1, shownSteps.size(), step.titleKey(),
                step.introKey(), step.isTest() ? catalog.get(step.testItem) : null, testDone, !errors.isEmpty(),
                shared, left, right, step == WizardStep.SAFETY, seat.base(), seat.forWhom());
        pages.show(ctx, view.titleKey(), inClinic ? Frame.Section.PRACTICE : Frame.Section.ASSESSMENT,
                frame -> pages.templates.assessmentStep(frame, view));
    }

    private static StepView.Question question(Text t, WizardStep step, WizardStep.Field field, String side, Answers answers,
                                              Map<String, String> errors, Answers lastTime, boolean inClinic) {
        String name = step.path(field, side);
        String key = field.key(step);
        String id = "f-" + name.replace('.', '-') + (field.kind() == WizardStep.Kind.CODES ? "-" + field.legendKey().replace('.', '-') : "");
        String hint = t.has("wizard.hint." + key) ? "wizard.hint." + key : null;
        String unit = t.has("wizard.unit." + key) ? "wizard.unit." + key : null;
        List<StepView.Choice> choices = List.of();
        if (field.kind() == WizardStep.Kind.CODES) {
            var chosen = answers.codes(name);
            choices = field.codes().stream()
                    .map(c -> new StepView.Choice(c.id(), "f-" + name.replace('.', '-') + "-" + c.id(), c.labelKey(), chosen.contains(c.id())))
                    .toList();
        }
        String label = field.kind() == WizardStep.Kind.CODES ? field.legendKey() : "wizard.field." + key;
        // in the clinic the practitioner answers: the clearance is theirs to give, as the clinician who examined the signs
        if (inClinic && t.has("wizard.clinic.field." + key)) label = "wizard.clinic.field." + key;
        if (inClinic && t.has("wizard.clinic.hint." + key)) hint = "wizard.clinic.hint." + key;
        String previous = null;
        if (lastTime != null && (field.kind() == WizardStep.Kind.NUMBER || field.kind() == WizardStep.Kind.GRADE) && !lastTime.text(name).isEmpty()) previous = lastTime.text(name);
        if (lastTime != null && field.kind() == WizardStep.Kind.YES_NO && lastTime.bool(name) != null) {
            previous = t.get(lastTime.bool(name) ? "answer.yes" : "answer.no");
        }
        return new StepView.Question(name, id, field.kind(), label, hint, answers.text(name), answers.bool(name), choices, errors.get(name), unit,
                previous);
    }

    private static WizardStep stepOf(Context ctx) {
        return WizardStep.fromId(ctx.pathParam("step")).orElseThrow(io.javalin.http.NotFoundResponse::new);
    }
}
