package io.witness.core.event;

/**
 * A support tier (level 1 is the service desk, higher levels are more specialised).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level from 1 to 9
 */
public record SupportTier(int level) {

    /** The lowest tier. */
    public static final int MIN_LEVEL = 1;

    /** The highest tier. */
    public static final int MAX_LEVEL = 9;

    /**
     * @throws IllegalArgumentException if {@code level} is not from 1 to 9
     */
    public SupportTier {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("A support tier is from 1 to 9, got " + level);
        }
    }
}
