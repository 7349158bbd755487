package org.psoascoach.cli;

import org.psoascoach.export.Progress;

import java.io.PrintWriter;

/**
 * Shows long work moving on stderr: "importing 40%", rewritten in place at most once per percent on a
 * terminal; when stderr is a file or a pipe, only the final "100%" line, so logs stay readable.
 */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final String what;
    private final boolean terminal = System.console() != null;
    private int shown = -1;

    ProgressLine(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public void at(long done, long total) {
        int percent = total <= 0 ? 100 : (int) (done * 100 / total);
        if (percent == shown || (!terminal && percent < 100)) return;
        shown = percent;
        err.print("\r" + what + " " + percent + "%");
        err.flush();
    }

    void done() {
        if (shown >= 0) {
            err.println();
            err.flush();
        }
    }
}
