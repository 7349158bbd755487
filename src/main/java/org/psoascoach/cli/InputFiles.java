package org.psoascoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a UTF-8 file named on the command line ({@code -} for standard input), saying plainly what went wrong. */
final class InputFiles {
    private InputFiles() {}

    /** The text, or null after printing the reason on stderr; {@code where} names the command and option ("plan: --intake"). */
    static String read(String name, InputStream stdin, PrintWriter err, String where) {
        try {
            byte[] bytes = "-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            err.println("psoas " + where + ": no such file: " + name);
        } catch (CharacterCodingException e) {
            err.println("psoas " + where + ": the file is not UTF-8 text: " + name);
        } catch (IOException | RuntimeException e) {
            err.println("psoas " + where + ": cannot read " + name + ": " + e.getMessage());
        }
        return null;
    }

    /** An intake read from the file and checked, or null after printing each problem (by JSON path) on stderr. */
    static org.psoascoach.assessment.Intake intake(String name, InputStream stdin, PrintWriter err, String where) {
        String text = read(name, stdin, err, where);
        if (text == null) return null;
        try {
            return org.psoascoach.contract.IntakeReader.read(text);
        } catch (org.psoascoach.json.InvalidInputException e) {
            for (org.psoascoach.json.Problem problem : e.problems()) err.println(problem);
            return null;
        }
    }
}
