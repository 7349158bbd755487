package org.psoascoach.web.http;

/**
 * What the layout around every page needs: the visitor, the page title and which part of the site
 * the page belongs to (marked in the navigation).
 */
public record Frame(Visitor visitor, String title, Section section) {
    public Text t() { return visitor.text(); }

    public enum Section { HOME, TODAY, ASSESSMENT, PROGRAM, PROGRESS, LIBRARY, LEARN, ACCOUNT, PRACTICE }
}
