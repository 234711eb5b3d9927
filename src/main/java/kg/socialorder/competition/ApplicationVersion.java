package kg.socialorder.competition;

import java.time.Instant;
import java.util.List;

/** One version of an application: when and how it came, who typed it (paper) and which fields changed. */
public record ApplicationVersion(int version, Instant submittedAt, String channel, String registeredBy,
    List<String> changedFields) {}
