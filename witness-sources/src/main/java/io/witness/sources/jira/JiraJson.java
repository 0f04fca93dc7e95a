package io.witness.sources.jira;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.export.LocalTimes;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON files of a Jira import: changelog pages ({@code GET /rest/api/3/issue/{key}/changelog}),
 * comment pages ({@code …/issue/{key}/comment}, or the service desk's {@code …/request/{key}/comment}) and
 * SLA pages ({@code GET /rest/servicedeskapi/request/{key}/sla}), each named after its issue
 * ({@code ITSD-42.changelog.json}); or issue bundles naming their issue,
 * {@code {"issueKey": "ITSD-42", "changelog": …, "comments": …, "sla": …}}, one to a file, a JSON array of
 * them, or one a line (JSON lines); or a search result {@code {"issues": [{"key", "changelog": {"histories"}}]}}.
 * Every changelog entry, comment and SLA metric is one observation whose raw form is its object's text.
 */
final class JiraJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern KEY_IN_NAME = Pattern.compile("[A-Z][A-Z0-9_]+-[0-9]+");

    private final ImportFile file;
    private final ImportContext context;
    private final Problems problems;
    private final List<ObservationDraft> drafts = new ArrayList<>();
    private int documents;

    JiraJson(ImportFile file, ImportContext context, Problems problems) {
        this.file = file;
        this.context = context;
        this.problems = problems;
    }

    /** True when the bytes, past a byte order mark and white space, start a JSON object or array. */
    static boolean isJson(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
    }

    List<ObservationDraft> read() {
        byte[] bytes = file.bytes();
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        byte[] text = Arrays.copyOfRange(bytes, start, bytes.length);
        if (!isJsonLines(text)) {
            document(text, 0);
        } else {
            int line = 1;
            int from = 0;
            for (int i = 0; i <= text.length; i++) {
                if (i == text.length || text[i] == '\n') {
                    byte[] lineBytes = Arrays.copyOfRange(text, from, i > from && text[i - 1] == '\r' ? i - 1 : i);
                    if (!new String(lineBytes, StandardCharsets.UTF_8).isBlank()) {
                        document(lineBytes, line);
                    }
                    line++;
                    from = i + 1;
                }
            }
        }
        return drafts;
    }

    /** How many JSON documents (one, or one a line) were read: the file's rows. */
    int documents() {
        return documents;
    }

    /** JSON lines: not one JSON value, but a first line that is one whole JSON value by itself. */
    private static boolean isJsonLines(byte[] text) {
        if (isOneValue(text)) {
            return false;
        }
        String all = new String(text, StandardCharsets.UTF_8);
        return all.lines().filter(l -> !l.isBlank()).findFirst()
                .map(first -> isOneValue(first.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    private static boolean isOneValue(byte[] text) {
        try (var parser = MAPPER.createParser(text)) {
            parser.readValueAsTree();
            return parser.nextToken() == null;
        } catch (JacksonException e) {
            // not one whole value: the caller reads the text another way, where its errors are reported
            return false;
        }
    }

    private void document(byte[] bytes, int line) {
        documents++;
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            var at = e.getLocation();
            int row = line > 0 ? line : at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            problems.add(new InputProblem(file.name(), row, column, "", "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        Place place = new Place(JsonSlices.of(bytes), line);
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                bundle(root.get(i), "/" + i, place);
            }
        } else if (root.isObject() && root.has("issues") && root.get("issues").isArray()) {
            for (int i = 0; i < root.get("issues").size(); i++) {
                bundle(root.get("issues").get(i), "/issues/" + i, place);
            }
        } else if (root.isObject() && (line > 0 || root.has("issueKey") || root.has("key"))) {
            // a JSON-lines file holds bundles only: each line names its issue
            bundle(root, "", place);
        } else if (root.isObject()) {
            page(root, place);
        } else {
            problem(place, "", "expected a JSON object or array, found " + root.getNodeType().name().toLowerCase());
        }
    }

    /** A page named after its issue by the file's name. */
    private void page(JsonNode root, Place place) {
        Matcher key = KEY_IN_NAME.matcher(file.name());
        if (!key.find()) {
            problem(place, "", "expected the issue's key in the file's name (ITSD-42.changelog.json), or the page wrapped "
                    + "as {\"issueKey\": \"ITSD-42\", \"changelog\": …}, found neither");
            return;
        }
        Issue issue = new Issue(key.group(), Optional.empty());
        JsonNode values = root.has("values") ? root.get("values") : root.has("histories") ? root.get("histories")
                : root.get("comments");
        String pointer = root.has("values") ? "/values" : root.has("histories") ? "/histories" : "/comments";
        if (values == null || !values.isArray()) {
            problem(place, "", "expected a changelog page (values or histories), a comment page (comments) or an SLA page "
                    + "(values), found an object with " + String.join(", ", root.propertyNames()));
            return;
        }
        entries(issue, values, pointer, place, pointer.equals("/comments") ? Kind.COMMENT : null);
    }

    private void bundle(JsonNode bundle, String pointer, Place place) {
        JsonNode key = bundle.has("issueKey") ? bundle.get("issueKey") : bundle.get("key");
        if (!bundle.isObject() || key == null || !key.isString() || key.asString().isBlank()) {
            problem(place, pointer, "expected an issue bundle with its key (\"issueKey\": \"ITSD-42\"), found "
                    + (bundle.isObject() ? "an object with " + String.join(", ", bundle.propertyNames()) : bundle.getNodeType()));
            return;
        }
        JsonNode id = bundle.has("issueId") ? bundle.get("issueId") : bundle.get("id");
        Issue issue = new Issue(key.asString(), Optional.ofNullable(id).filter(n -> !n.isNull()).map(JsonNode::asString));
        section(issue, bundle, pointer + "/changelog", place, Kind.CHANGE, "values", "histories");
        section(issue, bundle, pointer + "/comments", place, Kind.COMMENT, "comments", "values");
        section(issue, bundle, pointer + "/sla", place, Kind.SLA, "values");
        JsonNode fieldComments = bundle.path("fields").path("comment").path("comments");
        if (fieldComments.isArray()) {
            entries(issue, fieldComments, pointer + "/fields/comment/comments", place, Kind.COMMENT);
        }
    }

    private void section(Issue issue, JsonNode bundle, String pointer, Place place, Kind kind, String... listNames) {
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode section = bundle.get(name);
        if (section == null || section.isNull()) {
            return;
        }
        if (section.isArray()) {
            entries(issue, section, pointer, place, kind);
            return;
        }
        for (String list : listNames) {
            if (section.path(list).isArray()) {
                entries(issue, section.get(list), pointer + "/" + list, place, kind);
                return;
            }
        }
        problem(place, pointer, "expected a list of " + kind.plural + ", or a page of them in "
                + String.join(" or ", listNames) + ", found " + section.getNodeType().name().toLowerCase());
    }

    private void entries(Issue issue, JsonNode list, String pointer, Place place, Kind given) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = pointer + "/" + i;
            Kind kind = given != null ? given : Kind.of(list);
            if (!entry.isObject()) {
                problem(place, at, "expected an object, found " + entry.getNodeType().name().toLowerCase());
                continue;
            }
            new JiraEntry(this, issue, entry, at, place.slices().slice(at), kind, place).draft().ifPresent(drafts::add);
        }
    }

    void problem(Place place, String pointer, String message) {
        int line = place.line() > 0 ? place.line() : place.slices().line(pointer);
        problems.add(new InputProblem(file.name(), line, place.line() > 0 ? 0 : place.slices().column(pointer), pointer, message));
    }

    ImportContext context() {
        return context;
    }

    /** The SHA-256 of bytes, in hex. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** A time as Jira's APIs write it: text with an offset, or {@code {"iso8601", "epochMillis"}}. */
    static Optional<Instant> time(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isString()) {
            return LocalTimes.readOffsetTime(node.asString());
        }
        if (node.isObject() && node.path("iso8601").isString()) {
            return LocalTimes.readOffsetTime(node.get("iso8601").asString());
        }
        if (node.isObject() && node.path("epochMillis").isNumber()) {
            return Optional.of(Instant.ofEpochMilli(node.get("epochMillis").asLong()));
        }
        return Optional.empty();
    }

    /** The issue named by a page's file name or a bundle. */
    record Issue(String key, Optional<String> id) {
        ObjectNode json() {
            ObjectNode node = JsonNodeFactory.instance.objectNode().put("key", key);
            id.ifPresent(i -> node.put("id", i));
            return node;
        }

        CaseId caseId() {
            return new CaseId(key);
        }
    }

    /** Where a document is: its slices, and its line in a JSON-lines file (0 for a whole-file document). */
    record Place(JsonSlices slices, int line) {
    }

    /** The kinds of record a Jira JSON file holds. */
    enum Kind {
        CHANGE("changelog-entry", "changelog entries"),
        COMMENT("comment", "comments"),
        SLA("sla-metric", "SLA metrics");

        final String kind;
        final String plural;

        Kind(String kind, String plural) {
            this.kind = kind;
            this.plural = plural;
        }

        /** The kind of a page's entries, by their fields: items (changes), cycles (SLAs), else comments. */
        static Kind of(JsonNode entries) {
            for (JsonNode entry : entries) {
                if (entry.has("items")) {
                    return CHANGE;
                }
                if (entry.has("completedCycles") || entry.has("ongoingCycle")) {
                    return SLA;
                }
            }
            return COMMENT;
        }
    }
}
