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
final class IntakeFiles {
    private IntakeFiles() {}

    /** The text, or null after printing the reason on stderr. */
    static String read(String name, InputStream stdin, PrintWriter err, String command) {
        try {
            byte[] bytes = "-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            err.println("psoas " + command + ": no such file: " + name);
        } catch (CharacterCodingException e) {
            err.println("psoas " + command + ": the file is not UTF-8 text: " + name);
        } catch (IOException | RuntimeException e) {
            err.println("psoas " + command + ": cannot read " + name + ": " + e.getMessage());
        }
        return null;
    }
}
