package io.witness.core.input;

import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses YAML 1.2 text (JSON included) into {@link YamlNode}s that know their line, column and path.
 * Parsing is pure: the caller reads the file and passes its text and name.
 */
public final class YamlDocument {

    private YamlDocument() {
    }

    /**
     * Parses one YAML document.
     *
     * @param text the document, not null
     * @param source the document's name for messages (a file name), not null
     * @param problems where problems are reported, not null
     * @return the root node, or empty when the text is not YAML or holds no document (both reported)
     */
    public static Optional<YamlNode> parse(String text, String source, Problems problems) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        // Duplicate and non-scalar keys are let through so that YamlNode reports each at its line and column.
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(true).setAllowNonScalarKeys(true).build();
        try {
            return new Compose(settings).composeString(text)
                    .map(node -> new YamlNode(node, source, "", problems))
                    .or(() -> {
                        problems.add(new InputProblem(source, 0, 0, "", "the document is empty"));
                        return Optional.empty();
                    });
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            problems.add(new InputProblem(source, line, column, "", "not valid YAML: " + e.getProblem()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new InputProblem(source, 0, 0, "", "not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
