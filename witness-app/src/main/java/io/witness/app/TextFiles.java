package io.witness.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text files a command is given; {@code -} is standard input. */
public final class TextFiles {

    private TextFiles() {
    }

    public static String read(Path file, InputStream stdin) throws IOException {
        if (file.toString().equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The name to show in messages. */
    public static String name(Path file) {
        return file.toString().equals("-") ? "<stdin>" : file.toString();
    }
}
