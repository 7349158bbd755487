package org.psoascoach.account;

import org.psoascoach.json.InvalidInputException;
import org.psoascoach.json.Problem;

import java.util.List;

/**
 * Input refused with the password among the reasons: carries why ({@link PasswordPolicy.Weakness}), so that a page
 * can say it in the visitor's words; the problems themselves are in English for the API and the terminal.
 */
public final class WeakPassword extends InvalidInputException {
    private final transient PasswordPolicy.Weakness weakness;

    public WeakPassword(PasswordPolicy.Weakness weakness) { this(List.of(problem(weakness)), weakness); }

    private WeakPassword(List<Problem> problems, PasswordPolicy.Weakness weakness) {
        super(problems);
        this.weakness = weakness;
    }

    public PasswordPolicy.Weakness weakness() { return weakness; }

    static Problem problem(PasswordPolicy.Weakness w) { return new Problem("password", w.message()); }

    /** A WeakPassword when the password is one of the problems (the others kept), else a plain InvalidInputException. */
    static InvalidInputException orInvalid(List<Problem> problems, PasswordPolicy.Weakness weakness) {
        return weakness == null ? new InvalidInputException(problems) : new WeakPassword(problems, weakness);
    }
}
