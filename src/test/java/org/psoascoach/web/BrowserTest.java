package org.psoascoach.web;

import org.psoascoach.web.api.Api;
import org.psoascoach.web.learn.LearnPages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascoach.store.Backend;
import org.psoascoach.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real Chromium (Debian's, driven by Playwright): a newcomer's way to a program, the
 * red-flag path and a refused answer. Every page visited is photographed at phone and desktop sizes
 * into target/screenshots/, checked with axe-core (no serious or critical violation) and must log no
 * console error, CSP violations included.
 */
@org.junit.jupiter.api.Tag("browser")
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final Path SHOTS = Path.of("target/screenshots");
    static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    /** The session player's clock, sped up: a 30 s hold takes 0.3 s. */
    static final double TIME_SCALE = 0.01;
    /** The browser's time zone: far from UTC, so a date worked out in another zone is wrong most of the day, not one hour a night. */
    static final String ZONE = "Pacific/Auckland";

    static Playwright playwright;
    static Browser browser;
    static String axe;

    @TempDir
    Path folder;
    Database db;
    TestServer server;
    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run installs it)").exists();
        assertThat(AXE).as("axe-core from npm (npm ci; the build runs it)").exists();
        axe = Files.readString(AXE);
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void open() {
        db = Backend.SQLITE.open(folder);
        server = TestServer.start(db, TIME_SCALE);
        // sign-up proposes the browser's zone, and the tests work out "today" in that same zone
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB").setTimezoneId(ZONE));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            // a refused form (422, 401) or the not-found page is logged by Chromium as a failed load of the
            // document itself: that status is meant. Any other error, a failed image or script included, counts.
            boolean documentStatus = m.text().startsWith("Failed to load resource") && m.location().replaceFirst(":\\d+:\\d+$", "").equals(page.url());
            if (m.type().equals("error") && !documentStatus) consoleErrors.add(page.url() + ": " + m.text() + " at " + m.location());
        });
        page.onPageError(e -> consoleErrors.add(page.url() + ": " + e));
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
        db.close();
    }

    @Test
    void aNewcomerSignsUpTakesTheAssessmentAsTheDeskWorkerAndSeesTheirProgram() {
        visit("/", "home");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an account")).click();
        look("signup");
        signUp("newcomer@example.org");
        look("assessment-start");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        look("step-safety");
        next();
        page.getByLabel("Pain right now").fill("3");
        page.getByLabel("I have had this pain for three months or more").check();
        page.getByLabel("Age").fill("41");
        page.getByLabel("Time spent sitting").fill("9");
        page.getByLabel("Desk work").check();
        page.getByLabel("Running").check();
        page.getByLabel("Pain at the front of the hip").check();
        page.getByLabel("Lower back pain").check();
        look("step-about");
        next();
        for (String thing : List.of("Exercise mat", "Chair", "Resistance band", "Sturdy table")) page.getByLabel(thing).check();
        page.getByLabel("Minutes you can spare per session").fill("15");
        look("step-setup");
        next();
        page.locator("#f-tests-standingHipFlexionHold-left-seconds").fill("22");
        page.locator("input[name='tests.standingHipFlexionHold.left.pelvisStable'][value=yes]").check();
        page.locator("#f-tests-standingHipFlexionHold-right-seconds").fill("9");
        page.locator("input[name='tests.standingHipFlexionHold.right.pelvisStable'][value=no]").check();
        look("step-hold");
        next();
        page.locator("input[name='tests.modifiedThomas.left.thighRestsOnTable'][value=no]").check();
        page.locator("input[name='tests.modifiedThomas.left.lowBackArched'][value=yes]").check();
        page.locator("#f-tests-modifiedThomas-left-hipAngleDeg").fill("8");
        page.locator("input[name='tests.modifiedThomas.right.thighRestsOnTable'][value=yes]").check();
        page.locator("input[name='tests.modifiedThomas.right.lowBackArched'][value=no]").check();
        look("step-thomas");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results")).click();

        assertThat(page).hasURL(server.base + "/results");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Left side: tight"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Right side: weak"))).isVisible();
        look("results");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my program")).click();
        assertThat(page).hasURL(server.base + "/program");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This week"))).isVisible();
        assertThat(page.locator("li.item").first()).isVisible();
        assertThat(page.getByText("Test again on")).isVisible();
        look("program");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Printable version")).click();
        look("program-print");
        thePrintableProgramFitsAPhoneAndA4();

        visit("/library", "library");
        page.getByLabel("Kind").selectOption("stretch");
        page.waitForURL("**/library?**category=stretch**");
        assertThat(page.locator("#results")).containsText("Showing");
        look("library-filtered");
        visit("/library/ball-bridge", "library-item");
        visit("/learn", "learn");
        for (String topic : LearnPages.TOPICS) visit("/learn/" + topic, "learn-" + topic);
        visit("/no-such-page", "not-found");
        signOut();
        visit("/signin", "signin");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aRedFlagEndsOnTheSeeDoctorPageWithNoPlan() {
        answerTheSafetyStep("signup-empty", "careful@example.org", "Numbness, warmth or a trickling feeling on the front of the thigh");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Please see a doctor before exercising"))).isVisible();
        assertThat(page.getByText("We have not made an exercise program")).isVisible();
        assertThat(page.locator("main a[href='/program']")).hasCount(0);
        look("results-see-doctor");
        page.navigate(server.base + "/program");
        assertThat(page).hasURL(server.base + "/results"); // no plan anywhere
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aPregnantPersonAtWeek20WithAHelperIsNeverAskedToLieDown() {
        visit("/signup", "signup-pregnant");
        signUp("expecting@example.org");
        List<String> visited = new ArrayList<>();
        page.onFrameNavigated(frame -> { if (frame == page.mainFrame()) visited.add(frame.url()); });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        next();
        page.getByLabel("Age").fill("33");
        page.getByLabel("If you are pregnant: week of pregnancy").fill("20");
        look("step-about-pregnant");
        next();
        for (String thing : List.of("Exercise mat", "Chair", "Sturdy table", "Stability ball")) page.getByLabel(thing).check();
        page.getByLabel("Someone is with me who can help with partner tests").check();
        page.getByLabel("Minutes you can spare per session").fill("15");
        next();
        assertThat(page).hasURL(server.base + "/assessment/hold");
        page.locator("#f-tests-standingHipFlexionHold-left-seconds").fill("12");
        page.locator("input[name='tests.standingHipFlexionHold.left.pelvisStable'][value=yes]").check();
        page.locator("#f-tests-standingHipFlexionHold-right-seconds").fill("24");
        page.locator("input[name='tests.standingHipFlexionHold.right.pelvisStable'][value=yes]").check();
        look("step-hold-pregnant");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results")).click();

        assertThat(page).hasURL(server.base + "/results");
        assertThat(visited).noneMatch(url -> url.contains("/assessment/thomas") || url.contains("/assessment/leg-raise")
                || url.contains("/assessment/resisted"));
        assertThat(page.locator("main")).containsText("no test is done lying down");
        look("results-pregnant");
        page.navigate(server.base + "/program");
        assertThat(page.locator("li.item").first()).isVisible();
        for (var item : org.psoascoach.Fixtures.CATALOG.items()) {
            if (item.position().isLying()) assertThat(page.locator("li.item")).not().containsText(new String[] {item.text().name()});
        }
        look("program-pregnant");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anUrgentSignEndsOnAPageWithNoDeadEndAndNothingInvitesExercise() {
        answerTheSafetyStep("signup-urgent", "fallen@example.org", "A fall, accident or hard knock in the last weeks that a doctor has not seen yet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Please get medical help now"))).isVisible();
        var main = page.locator("main");
        assertThat(main).containsText("emergency");
        assertThat(main).not().containsText("tick");
        assertThat(main).not().containsText("cleared");
        assertThat(main).containsText("come back once you have been seen");
        assertThat(page.locator("main a[href='/program'], main a[href='/session']")).hasCount(0);
        look("results-urgent");
        visit("/progress", "progress-urgent");
        assertThat(page.locator("main")).not().containsText("Start today's session");
        assertThat(page.locator("main a[href='/session']")).hasCount(0);
        assertThat(page.locator("main")).containsText("Exercise is on hold");
        visit("/reminders", "reminders-urgent");
        assertThat(page.locator("main")).containsText("shows no session days now");
        visit("/learn/doctor", "learn-doctor");
        String text = page.locator("main").innerText();
        int now = text.indexOf("Get medical help now"), fall = text.indexOf("a fall, an accident"), book = text.indexOf("Book an appointment");
        assertThat(now).isNotNegative();
        assertThat(fall).as("a fall is under 'Get medical help now'").isGreaterThan(now).isLessThan(book);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theAccountPageChangesThePasswordListsDevicesAndDeletesEverything() {
        visit("/signup", "signup-account");
        signUp("keeper@example.org");
        assess();
        page.navigate(server.base + "/program");
        openMenu();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
        assertThat(page).hasURL(server.base + "/account");
        assertThat(page.locator("main")).containsText("Signed in as keeper@example.org");
        assertThat(page.locator(".devices")).containsText("this device");
        look("account");
        page.getByLabel("Your current password").nth(1).fill("correct horse battery");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("password123");
        page.getByLabel("The new password again").fill("password123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change my password")).click();
        assertThat(page.locator("#new-password-error")).containsText("too easy to guess");
        look("account-password-refused");
        page.getByLabel("Your current password").nth(1).fill("correct horse battery");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("velvet canyon sparrow");
        page.getByLabel("The new password again").fill("velvet canyon sparrow");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change my password")).click();
        assertThat(page.locator("main [role=status]")).containsText("Your password is changed");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download all my data (JSON)")).click());
        assertThat(download.suggestedFilename()).startsWith("psoas-coach-").endsWith(".json");
        page.getByLabel("I understand that everything will be deleted").check();
        page.getByLabel("Your current password").nth(2).fill("velvet canyon sparrow");
        look("account-delete");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account and all my data")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account is deleted"))).isVisible();
        look("account-deleted");
        assertThat(WebTest.count(db, "account")).isZero();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aForgottenPasswordPageAndTheGuessingLockSpeakPlainly() {
        visit("/signup", "signup-locked");
        signUp("locked@example.org");
        signOut();
        context.clearCookies(); // another device: not remembered
        for (int i = 0; i <= org.psoascoach.account.SignInThrottle.ACCOUNT_FAILURES; i++) {
            page.navigate(server.base + "/signin");
            page.getByLabel("Email").fill("locked@example.org");
            page.getByLabel("Password").fill("guess number " + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        }
        assertThat(page.locator("#signin-error")).containsText("try again in");
        look("signin-locked");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        look("reset-request");
        assertThat(page.locator("main")).containsText("Ask whoever runs it");
        consoleErrors.removeIf(e -> e.contains("429") || e.contains("401"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aBadValueIsRefusedWithItsMessageBesideTheField() {
        visit("/signup", "signup-first");
        page.getByLabel("Email").fill("not an email");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#email-error")).hasText("Enter an email address such as name@example.org.");
        look("signup-refused");
        signUp("typo@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        next();
        page.getByLabel("Age").fill("forty-one");
        next();
        assertThat(page.locator("#f-person-age-error")).hasText("Enter your age as a whole number from 0 to 120, or leave it empty.");
        assertThat(page.getByLabel("Age")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Age")).hasValue("forty-one");
        look("step-about-refused");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aWholeSessionRunsOnItsTimersAndIsLoggedOnce() {
        visit("/signup", "signup-session");
        signUp("mover@example.org");
        assess();
        page.navigate(server.base + "/program");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start today's session")).click();
        assertThat(page).hasURL(server.base + "/session");
        var player = page.locator("#player");
        assertThat(player).isVisible();
        assertThat(player).hasAttribute("data-state", "idle");
        page.getByLabel("Pain right now, before you start").fill("3");
        look("session-start");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
        assertThat(player).hasAttribute("data-state", "paused");
        String pausedAt = player.getAttribute("data-step");
        page.waitForTimeout(400); // longer than a whole hold at this time scale: a paused clock does not move
        assertThat(player).hasAttribute("data-step", pausedAt);
        while (!"hold".equals(player.getAttribute("data-kind"))) page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip")).click();
        assertThat(page.locator("#player .phase")).containsText("Hold");
        assertThat(page.locator("#player .count")).containsText("Set 1 of");
        theStartedPlayerFitsOnePhoneScreen();
        // every timer can be extended (WCAG 2.2.1): ten more seconds on the hold shown
        int before = Integer.parseInt(page.locator("#player .time").textContent().strip());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+10 s")).click();
        assertThat(page.locator("#player .time")).hasText(String.valueOf(before + 10));
        look("session-hold", false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Big view")).click();
        assertThat(player).hasAttribute("data-big", "on");
        assertThat(page.locator("#player .figure")).isHidden();
        look("session-big-view", false);
        assertThat(page.locator("#player .time").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).satisfies(
                size -> assertThat(((Number) size).doubleValue()).as("clock type in the big view, px").isGreaterThanOrEqualTo(110));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Big view")).click();
        assertThat(player).hasAttribute("data-big", "off");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back")).click(); // back to this set's countdown
        assertThat(player).hasAttribute("data-kind", "ready");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")).click();
        assertThat(player).hasAttribute("data-state", "running");

        // the last five seconds of a hold are counted aloud
        page.waitForCondition(() -> java.util.Arrays.asList(String.valueOf(player.getAttribute("data-said")).split("\\|")).stream()
                .anyMatch(w -> w.matches("[1-5]")), new Page.WaitForConditionOptions().setTimeout(60_000));
        // a rep counter counts on a repetitions step: the big number is the rep, the seconds are in the line below
        page.waitForCondition(() -> "reps".equals(player.getAttribute("data-kind")), new Page.WaitForConditionOptions().setTimeout(60_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
        assertThat(page.locator("#player .count")).containsText("Rep ");
        assertThat(page.locator("#player .time")).hasText(player.getAttribute("data-rep"));
        look("session-reps-paused", false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")).click();
        page.waitForCondition(() -> "finished".equals(player.getAttribute("data-state")), new Page.WaitForConditionOptions().setTimeout(60_000));
        assertThat(page.locator("#player .phase")).containsText("Session done");
        // every set ran to its end, so the form says the whole session was done
        for (var row : page.locator("input[name$='.planned']").all()) {
            String index = row.getAttribute("name").split("\\.")[1];
            assertThat(page.locator("input[name='items." + index + ".sets']")).hasValue(row.getAttribute("value"));
        }
        assertThat(page.locator("input[name=finishedAt]")).not().hasValue("");
        page.getByLabel("Pain now that you have finished").fill("2");
        page.getByLabel("Notes (optional)").fill("Easy today.");
        look("session-finished");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByText("is saved")).isVisible();
        assertThat(page.getByText("The whole session")).isVisible();
        look("session-done");
        assertThat(WebTest.count(db, "session_log")).isEqualTo(1);

        page.navigate(server.base + "/program");
        openMenu(); // reminders are in the menu
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders")).click();
        look("reminders");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my calendar address")).click();
        assertThat(page.getByLabel("Address to subscribe to")).hasValue(java.util.regex.Pattern.compile("/calendar/.+\\.ics$"));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy")).click();
        assertThat(page.locator(".copy-status")).containsText("Copied");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(page.getByLabel("Address to subscribe to").inputValue());
        look("reminders-address");
        page.getByLabel("Reminder time").selectOption("18:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my days and time")).click();
        assertThat(page.locator("main")).containsText("with a reminder at 18:30");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void onAPhoneTheMenuOpensAndSignsOutEvenWhenTheLaterScriptNeverArrives() {
        // a dropped connection on a train, from the first page on (so no service worker keeps an older copy either)
        page.route("**/static/app.js", route -> route.abort());
        visit("/signup", "signup-menu");
        signUp("menu@example.org");
        page.navigate(server.base + "/library");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress"))).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(server.base + "/");
        consoleErrors.removeIf(e -> e.contains("app.js") || e.contains("ERR_FAILED"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void todayShowsTheSessionDoneAndTheHistoryKeepsEachLogWithItsNotePainAndSets() {
        visit("/signup", "signup-today");
        signUp("daily@example.org");
        assess();
        // the menu is one row on a phone: the brand, Today and a Menu button that opens the rest
        page.navigate(server.base + "/today");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("menu-closed-screen-phone.png")));
        var brand = page.locator("header.site .brand").boundingBox();
        var menuButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).boundingBox();
        assertThat(Math.abs((brand.y + brand.height / 2) - (menuButton.y + menuButton.height / 2))).as("brand and Menu on one row").isLessThan(12);
        assertThat(page.locator("header.site").boundingBox().height).as("header height on a phone, px").isLessThan(90);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress"))).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders"))).isVisible();
        look("menu-open");
        page.navigate(server.base + "/today");
        assertThat(page.locator("main")).not().containsText("Logged today");
        look("today-before");

        // a stopped attempt: kept with its pain and note, never counted as a session done
        page.navigate(server.base + "/session");
        page.getByLabel("Pain right now, before you start").fill("3");
        page.getByLabel("Pain now that you have finished").fill("6");
        page.getByLabel("Notes (optional)").fill("Hip flared on the first stretch.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByText("Stopped before any set was done")).isVisible();
        page.navigate(server.base + "/today");
        assertThat(page.locator("main")).not().containsText("Today's session is done");
        assertThat(page.locator(".log.stopped")).containsText("Hip flared on the first stretch.");

        // then part of the session: one set of the first item
        page.navigate(server.base + "/session");
        assertThat(page.getByText("You already logged a session today")).isVisible();
        page.getByLabel("Pain right now, before you start").fill("2");
        page.locator("input[name='items.0.sets']").fill("1");
        page.getByLabel("Pain now that you have finished").fill("2");
        page.getByLabel("Notes (optional)").fill("Better after a walk.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByText("Part of the session")).isVisible();

        page.navigate(server.base + "/today");
        assertThat(page.locator(".today-status.done")).containsText("Today's session is done.");
        assertThat(page.locator(".log.partial")).containsText("Better after a walk.");
        assertThat(page.locator(".log.partial")).containsText("Pain before 2, after 2.");
        assertThat(page.locator(".log.partial .done-items")).containsText("1 set");
        look("today-done");

        page.navigate(server.base + "/program");
        assertThat(page.locator(".week li.today")).hasClass(java.util.regex.Pattern.compile("\\bdone\\b"));
        assertThat(page.locator(".week li.today .what")).containsText("Done");
        look("program-week-done");

        openMenu();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(page).hasURL(server.base + "/history");
        assertThat(page.locator(".log")).hasCount(2);
        assertThat(page.locator(".log").first()).containsText("Better after a walk."); // newest first
        assertThat(page.locator(".log.stopped")).containsText("Stopped before any set");
        assertThat(page.locator(".log.stopped .pain-rose")).isVisible();
        look("history");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aPractitionerInvitesAClientWhoJoinsLogsAPainfulSessionAndTheListFlagsIt() {
        // the practitioner sets up the practice and makes a client invitation
        visit("/signup", "signup-practitioner");
        page.getByLabel("Email").fill("pia@example.org");
        page.getByLabel("Password").fill("correct horse battery");
        page.getByLabel("a physio, therapist or trainer working with clients").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.navigate(server.base + "/practice");
        look("practice-setup");
        page.getByLabel("Name of the practice").fill("Riverside Physio");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the name")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make an invitation link for a client")).click();
        String link = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Link")).inputValue();
        assertThat(link).contains("/join/");
        look("practice-invitation");
        signOut();

        // the client signs up through the link, is assessed, joins, and logs a session whose pain rose by 3
        page.navigate(link);
        look("join-signed-out");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an account")).click();
        signUpAndComeBack("ana@example.org");
        assertThat(page).hasURL(link);
        look("join-signed-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share my record with this practice")).click();
        assertThat(page.locator("main")).containsText("You now share your record with the practice.");
        assess();
        page.navigate(server.base + "/session");
        page.getByLabel("Pain right now, before you start").fill("2");
        page.locator("input[name='items.0.sets']").fill("1");
        page.getByLabel("Pain now that you have finished").fill("5");
        page.getByLabel("Notes (optional)").fill("Sharp at the front of the hip.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByText("Your pain rose by 2 points or more")).isVisible();
        signOut();

        // the practitioner's list flags the pain; the client's page has the note; the handout opens
        signIn("pia@example.org");
        page.navigate(server.base + "/practice");
        assertThat(page.locator("table.clients")).containsText("ana@example.org");
        assertThat(page.locator("table.clients tr.flagged")).containsText("Pain rose by 2 or more in a session");
        look("practice-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ana@example.org")).click();
        assertThat(page.locator("main")).containsText("Sharp at the front of the hip.");
        look("practice-client");
        // the practitioner lowers the first stretch's dose; the client sees the change on her program
        var doseForm = page.locator("form.dose-form").nth(1);
        doseForm.locator("input[name=sets]").fill("3");
        doseForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set the dose")).click();
        assertThat(page.locator("main")).containsText("The client's program shows the change from now on.");
        assertThat(page.locator("ul.practice-changes")).containsText("3 sets of");
        look("practice-client-changed");
        page.locator("section[aria-labelledby=adjust-heading]").screenshot(new Locator.ScreenshotOptions()
                .setPath(SHOTS.resolve("practice-adjust-section-phone.png")));
        String clientPage = page.url();
        var pdf = context.request().get(server.base + page.locator("a[href$='handout.pdf']").first().getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        // in the clinic: the practitioner assesses her, as the helper for the partner tests
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess in the clinic")).click();
        assertThat(page.locator("main")).containsText("Assessing ana@example.org in the clinic");
        look("clinic-assessment-safety");
        next();
        assertThat(page.locator("main")).containsText("About you and your pain");
        next();
        assertThat(page.getByLabel("Someone is with me who can help with partner tests")).isChecked(); // the practitioner is the helper
        next();
        // the standing test: measured in the clinic
        page.locator("input[name='tests.standingHipFlexionHold.left.seconds']").fill("26");
        page.locator("input[name='tests.standingHipFlexionHold.left.pelvisStable'][value=yes]").check();
        page.locator("input[name='tests.standingHipFlexionHold.right.seconds']").fill("14");
        page.locator("input[name='tests.standingHipFlexionHold.right.pelvisStable'][value=no]").check();
        next();
        while (!page.url().matches(".*/practice/clients/[^/]+$")) {
            // the remaining tests are skipped here: "No, skip this test"
            page.getByLabel("No, skip this test").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^(Next|See my results)$"))).click();
        }
        assertThat(page.locator("main")).containsText("assessed in the clinic by pia@example.org, Riverside Physio");
        look("practice-client-after-clinic");
        signOut();
        signIn("ana@example.org");
        page.navigate(server.base + "/program");
        assertThat(page.locator("main")).containsText("Dose set by your practitioner (pia@example.org).");
        look("program-adjusted");
        page.navigate(server.base + "/account");
        assertThat(page.locator("table.access")).containsText("Changed your program");
        look("account-who-saw");
        assertThat(clientPage).contains("/practice/clients/");
        assertThat(consoleErrors).isEmpty();
    }

    private void signUpAndComeBack(String email) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
    }

    @Test
    void aSessionLoggedWithoutANetworkIsQueuedAndSentOnceWhenTheServerIsBack() {
        visit("/signup", "signup-offline");
        signUp("offline@example.org");
        assess();
        logOffline("");
        look("session-saved-offline");
        assertThat(WebTest.count(db, "session_log")).isZero();

        server = server.restart(); // the network is back
        page.navigate(server.base + "/program");
        page.waitForCondition(() -> WebTest.count(db, "session_log") == 1, new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat(page.locator("#offline-status .sent")).hasText("Sessions you logged without a connection are now saved to your record (1).");
        look("program-offline-sent");
        page.waitForFunction("new Promise(done => { const r = indexedDB.open('psoas-offline'); r.onsuccess = () => {"
                + " const q = r.result.transaction('queue').objectStore('queue').count(); q.onsuccess = () => done(q.result === 0); }; })");
        page.reload(); // another page with a network asks again: nothing is left to send, and nothing is saved twice
        page.waitForTimeout(500);
        assertThat(WebTest.count(db, "session_log")).isEqualTo(1);
        String logged = db.jdbi().withHandle(h -> h.createQuery("SELECT pain_before || '-' || pain_after || '-' || completed FROM session_log")
                .mapTo(String.class).one());
        assertThat(logged).isEqualTo("4-3-0");
        consoleErrors.removeIf(e -> e.contains("ERR_CONNECTION_REFUSED")); // the server was down on purpose
        assertThat(consoleErrors).isEmpty();
    }

    /**
     * Opens today's session while the server answers, so the worker keeps the page, its drawings and the offline page;
     * then the network goes (nothing answers on the server's port) and a session is logged: it is queued on the device.
     */
    private void logOffline(String note) {
        page.navigate(server.base + "/session");
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.waitForFunction("caches.open('psoas-session-v3').then(c => c.keys()).then(k => k.some(r => r.url.endsWith('/session'))"
                + " && k.some(r => r.url.includes('/figures/')) && k.some(r => r.url.endsWith('/session/offline')))");
        server.close();
        page.reload();
        assertThat(page.locator("#player")).isVisible();
        page.getByLabel("Pain right now, before you start").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the session here")).click();
        page.getByLabel("Pain now that you have finished").fill("3");
        page.getByLabel("Notes (optional)").fill(note);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Saved on this device"))).isVisible();
    }

    private int queued() {
        return ((Number) page.evaluate("new Promise(done => { const r = indexedDB.open('psoas-offline'); r.onsuccess = () => {"
                + " const q = r.result.transaction('queue').objectStore('queue').count(); q.onsuccess = () => done(q.result); }; })")).intValue();
    }

    private void signIn(String email) {
        page.navigate(server.base + "/signin");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void aLogQueuedOfflineOnASharedBrowserReachesOnlyThePersonWhoMadeIt() {
        visit("/signup", "signup-shared-x");
        signUp("x@example.org");
        assess();
        logOffline("X's private note");
        // X's sign-in ends while the device is offline (it expired); then Y signs in on the same browser
        db.jdbi().useHandle(h -> h.execute("DELETE FROM sign_in_session"));
        server = server.restart();
        page.navigate(server.base + "/signup");
        signUp("y@example.org");
        assess();
        page.navigate(server.base + "/program");
        page.waitForTimeout(1500); // time for the worker's sync, had it wrongly sent X's log
        assertThat(WebTest.count(db, "session_log")).isZero();
        assertThat(queued()).isEqualTo(1);
        assertThat(page.locator("#offline-status")).isHidden();
        assertThat(page.locator("body")).not().containsText("X's private note");
        look("program-shared-y");
        // Y has nothing unsent, so signing out asks nothing
        signOut();
        // X signs in again on this browser: X's log reaches X's record, once
        signIn("x@example.org");
        page.waitForCondition(() -> WebTest.count(db, "session_log") == 1, new Page.WaitForConditionOptions().setTimeout(15_000));
        String owner = db.jdbi().withHandle(h -> h.createQuery("SELECT a.email FROM session_log s JOIN account a ON a.id = s.account_id")
                .mapTo(String.class).one());
        assertThat(owner).isEqualTo("x@example.org");
        consoleErrors.removeIf(e -> e.contains("ERR_CONNECTION_REFUSED"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void signingOutWithLogsNotSentAsksWhetherToKeepOrDiscardThem() {
        visit("/signup", "signup-unsent");
        signUp("unsent@example.org");
        assess();
        logOffline("not sent yet");
        // the server comes back but refuses to take logs for now, so they stay queued on the device; the refusal is in
        // place before the server is, or the worker's own background sync could send the log first
        context.route("**/api/v1/sessions", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503)));
        server = server.restart();
        page.navigate(server.base + "/program");
        page.waitForTimeout(1000);
        assertThat(queued()).isEqualTo(1);
        openMenu();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        var dialog = page.locator("#unsent-logs");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("1 session log(s)");
        look("signout-unsent");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Discard them and sign out")).click();
        assertThat(page).hasURL(server.base + "/");
        page.waitForCondition(() -> queued() == 0, new Page.WaitForConditionOptions().setTimeout(5_000));
        assertThat(WebTest.count(db, "session_log")).isZero();
        consoleErrors.removeIf(e -> e.contains("ERR_CONNECTION_REFUSED") || e.contains("503"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void progressChartsAndARetestThatEndsWithTheChangePerSide() {
        visit("/signup", "signup-progress");
        signUp("steady@example.org");
        assess();
        // four weeks of history: the first test day moved back 28 days, and a session logged on most days since
        LocalDate today = LocalDate.now(java.time.ZoneId.of(ZONE));
        LocalDate first = today.minusDays(28);
        db.jdbi().useHandle(h -> {
            h.createUpdate("UPDATE assessment SET taken_on = :day, taken_at = :at").bind("day", first.toString())
                    .bind("at", first + "T07:00:00.000Z").execute();
            h.createUpdate("UPDATE retest SET due_on = :due").bind("due", first.plusDays(14).toString()).execute();
        });
        var api = context.request();
        String csrf = apiToken();
        for (int day = 0; day < 28; day++) {
            if (day % 6 == 5) continue; // a missed day now and then
            int before = Math.max(1, 5 - day / 7), after = Math.max(0, before - 1);
            String session = "{\"idempotencyKey\": \"day-" + day + "\", \"date\": \"" + first.plusDays(day) + "\", \"painBefore\": " + before
                    + ", \"painAfter\": " + after + "}";
            var logged = api.post(server.base + "/api/v1/sessions", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader(Api.CSRF_HEADER, csrf).setData(session));
            assertThat(logged.status()).as(logged.text()).isEqualTo(201);
        }
        page.navigate(server.base + "/progress");
        assertThat(page.getByText("It is time to test both sides again.")).isVisible();
        assertThat(page.locator("figure.chart")).not().hasCount(0);
        look("progress-retest-due");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the re-test")).click();
        assertThat(page).hasURL(server.base + "/assessment/safety");
        next();
        assertThat(page.getByLabel("Age")).hasValue("41");
        page.getByLabel("Pain right now").fill("1");
        next();
        next();
        assertThat(page.getByText("Last time: 22")).isVisible();
        page.locator("#f-tests-standingHipFlexionHold-left-seconds").fill("26");
        page.locator("input[name='tests.standingHipFlexionHold.left.pelvisStable'][value=yes]").check();
        page.locator("#f-tests-standingHipFlexionHold-right-seconds").fill("21");
        page.locator("input[name='tests.standingHipFlexionHold.right.pelvisStable'][value=yes]").check();
        look("step-hold-retest");
        next();
        page.locator("input[name='tests.modifiedThomas.left.thighRestsOnTable'][value=yes]").check();
        page.locator("input[name='tests.modifiedThomas.left.lowBackArched'][value=no]").check();
        page.locator("#f-tests-modifiedThomas-left-hipAngleDeg").fill("-5");
        page.locator("input[name='tests.modifiedThomas.right.thighRestsOnTable'][value=yes]").check();
        page.locator("input[name='tests.modifiedThomas.right.lowBackArched'][value=no]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Since your last test on"))))
                .isVisible();
        assertThat(page.getByText("Left side: tight last time, no sign of trouble now.")).isVisible();
        look("results-retest");

        page.navigate(server.base + "/progress");
        assertThat(page.getByText("It is time to test both sides again.")).hasCount(0);
        assertThat(page.locator("figure.chart polyline.series.left").first()).isVisible();
        look("progress");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aQueuedLogTheServerRefusesIsShownToThePersonNotLostSilently() {
        visit("/signup", "signup-refused-offline");
        signUp("conflict@example.org");
        assess();
        page.navigate(server.base + "/session");
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.waitForFunction("caches.open('psoas-session-v3').then(c => c.keys()).then(k => k.some(r => r.url.endsWith('/session'))"
                + " && k.some(r => r.url.endsWith('/session/offline')))");
        server.close();
        page.reload();
        String key = page.locator("input[name=key]").inputValue();
        page.getByLabel("Pain right now, before you start").fill("4");
        page.getByLabel("Pain now that you have finished").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this session")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Saved on this device"))).isVisible();

        // meanwhile another device logged a different session under the same key: the queued one can never be saved.
        // It goes through a second server on the same database while this page's server is still down, so the page's
        // service worker cannot send its queued log first (it retries as soon as its server answers again).
        String today = LocalDate.now(java.time.ZoneId.of(ZONE)).toString();
        try (TestServer otherDevice = TestServer.start(db, TIME_SCALE)) {
            var other = context.request().post(otherDevice.base + "/api/v1/sessions", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader(Api.CSRF_HEADER, apiToken(otherDevice.base))
                    .setData("{\"idempotencyKey\": \"" + key + "\", \"date\": \"" + today + "\", \"painBefore\": 1, \"painAfter\": 1}"));
            assertThat(other.status()).as(other.text()).isEqualTo(201);
        }
        server = server.restart();
        page.navigate(server.base + "/program");
        assertThat(page.locator("#offline-status .refused")).containsText("could not be saved");
        assertThat(page.locator("#offline-status .refused")).containsText(today);
        look("program-offline-refused");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have noted it")).click();
        assertThat(page.locator("#offline-status")).isHidden();
        page.reload();
        page.waitForTimeout(500);
        assertThat(page.locator("#offline-status")).isHidden();
        assertThat(WebTest.count(db, "session_log")).isEqualTo(1);
        consoleErrors.removeIf(e -> e.contains("ERR_CONNECTION_REFUSED"));
        assertThat(consoleErrors).isEmpty();
    }

    /** The API's CSRF token for the page's sign-in (the browser context shares its cookies with its request client). */
    private String apiToken() { return apiToken(server.base); }

    private String apiToken(String base) { return context.request().get(base + "/api/v1/plans").headers().get("x-csrf-token"); }

    /**
     * Once started, the exercise's name, its drawing, the clock and the three controls are all on a 390×844 screen at once,
     * and every control of the player is at least 24×24 px (WCAG 2.2 target size).
     */
    private void theStartedPlayerFitsOnePhoneScreen() {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("session-started-screen-phone.png"))); // the screen, not the page
        for (String part : List.of(".what", ".figure", ".clock", "[data-action=back]", "[data-action=toggle]", "[data-action=skip]")) {
            var box = page.locator("#player " + part).boundingBox();
            assertThat(box).as(part).isNotNull();
            assertThat(box.y).as(part + " top").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(part + " bottom on an 844 px screen").isLessThanOrEqualTo(844);
        }
        for (var control : page.locator("#player button:visible, #player input:visible").all()) {
            var box = control.boundingBox();
            assertThat(Math.min(box.width, box.height)).as("target size of " + control.evaluate("e => e.outerHTML")).isGreaterThanOrEqualTo(24);
        }
        assertThat(page.evaluate("() => window.scrollY === 0 || document.body.classList.contains('playing')")).isEqualTo(true);
    }

    /**
     * The printable program: nothing wider than a phone's screen, and on A4 every item whole with its steps and drawing,
     * the week and the re-test date. The A4 pages are kept as a PDF and as pictures of the print layout.
     */
    private void thePrintableProgramFitsAPhoneAndA4() {
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("program-print-screen-phone.png")));
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("printable page width on a phone, px").isEqualTo(390);
        assertThat(page.locator("ol.week li")).hasCount(7);
        assertThat(page.locator("li.item").first().locator("ol.steps li").first()).isVisible();
        assertThat(page.locator("li.item img").first()).isVisible();
        assertThat(page.locator(".retest")).containsText("Test again on");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        page.setViewportSize(794, 1123); // A4 at 96 dpi
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("program-print-a4.png")).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("program-print-a4-first-page.png")));
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("printable page width on A4, px").isEqualTo(794);
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPath(SHOTS.resolve("program-a4.pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        page.setViewportSize(390, 844);
    }

    /** Answers the assessment as the desk worker through the API, sharing the page's sign-in. */
    private void assess() {
        var api = context.request();
        String csrf = apiToken();
        var saved = api.post(server.base + "/api/v1/assessments", com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader(Api.CSRF_HEADER, csrf).setData(deskWorkerIntake()));
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    }

    private static String deskWorkerIntake() {
        try {
            return Files.readString(Path.of("examples/desk-worker.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void signUp(String email) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page).hasURL(server.base + "/assessment");
    }

    /** Signs up and ticks one red-flag sign on the safety step: the assessment ends there, on the results page. */
    private void answerTheSafetyStep(String shot, String email, String sign) {
        visit("/signup", shot);
        signUp(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begin")).click();
        page.getByLabel(sign).check();
        next();
        assertThat(page).hasURL(server.base + "/results");
    }

    /** Signs out and waits for the start page: the button first asks the service worker about unsent logs. */
    private void signOut() {
        openMenu();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(server.base + "/");
    }

    /** On a phone the links fold behind the Menu button; on a wide screen they are already there. */
    private void openMenu() {
        // a click's navigation may still be parsing its page: the Menu button is known to be there or not only after it
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        var menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        if (menu.isVisible() && "false".equals(menu.getAttribute("aria-expanded"))) menu.click();
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
    }

    private void visit(String path, String name) {
        page.navigate(server.base + path);
        look(name);
    }

    /** Photographs the page at phone and desktop sizes and checks it with axe-core. */
    private void look(String name) { look(name, true); }

    /** As {@link #look(String)}; the screen only (not the whole page) where what matters is what fits on it, as the player. */
    private void look(String name, boolean fullPage) {
        page.waitForLoadState();
        for (int[] size : new int[][]{{390, 844}, {1280, 800}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + (size[0] < 500 ? "phone" : "desktop") + ".png")).setFullPage(fullPage));
        }
        page.setViewportSize(390, 844);
        page.evaluate(axe); // through the DevTools protocol, so the page's CSP stays on for everything else
        @SuppressWarnings("unchecked")
        List<String> serious = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        assertThat(serious).as("axe-core on " + name + " (" + page.url() + "): " + page.evaluate("document.documentElement.outerHTML.slice(0, 120)")).isEmpty();
    }
}
