package io.witness.sources.jira;

import io.witness.core.event.CommentAdded;
import io.witness.core.event.PublicReply;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Comments. From the API's comments: a public one ({@code jsdPublic} or {@code public} true, or not said)
 * by the reporter is a requester's message, by anyone else a public reply; an internal one is a private
 * note. The reporter is told by account id (the CSV's Reporter Id) or display name (Reporter). Without the
 * API's comments, the CSV's comment cells are read, which do not say whether a comment was public: the
 * reporter's are requester's messages, the others private notes (so the CSV alone gives no reply).
 */
final class JiraConversation {

    private final JiraTimeline timeline;
    private final JiraRecords records;

    JiraConversation(JiraTimeline timeline, JiraRecords records) {
        this.timeline = timeline;
        this.records = records;
    }

    void add() {
        if (!records.comments().isEmpty()) {
            for (JiraRecords.Comment comment : records.comments()) {
                var meta = timeline.meta(comment.at(), comment.told());
                if (!comment.isPublic()) {
                    timeline.add(CommentAdded.privateNote(meta));
                } else if (isReporter(comment.authorId()) || isReporter(comment.authorName())) {
                    timeline.add(CommentAdded.fromRequester(meta));
                } else {
                    timeline.add(new PublicReply(meta));
                }
            }
            return;
        }
        Set<String> told = new HashSet<>();
        for (JiraRecords.Row row : records.rows()) {
            for (JsonNode comment : row.fields().path("comments")) {
                Instant at = Instant.parse(comment.get("created").asString());
                String author = comment.get("author").asString();
                if (told.add(at + "\n" + author + "\n" + comment.get("body").asString())) {
                    var meta = timeline.meta(at, row.told());
                    timeline.add(isReporter(Optional.of(author)) ? CommentAdded.fromRequester(meta) : CommentAdded.privateNote(meta));
                }
            }
        }
    }

    private boolean isReporter(Optional<String> who) {
        if (who.isEmpty()) {
            return false;
        }
        return records.latest().flatMap(r -> r.get("reporterId")).equals(who)
                || records.latest().flatMap(r -> r.get("reporter")).equals(who);
    }
}
