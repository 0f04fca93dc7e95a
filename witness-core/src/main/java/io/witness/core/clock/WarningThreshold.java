package io.witness.core.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Objects;

/** When a clock warns before it breaches. Immutable. */
public sealed interface WarningThreshold {

    /** The business time after which the clock warns, for a given target; -1 for never. */
    long warnAfterMillis(long targetMillis);

    static WarningThreshold none() {
        return None.INSTANCE;
    }

    /** No warning. */
    enum None implements WarningThreshold {
        INSTANCE;

        @Override
        public long warnAfterMillis(long targetMillis) {
            return -1;
        }
    }

    /** At a share of the target, such as 75%. */
    record ShareOfTarget(int percent) implements WarningThreshold {
        public ShareOfTarget {
            if (percent <= 0 || percent >= 100) {
                throw new DateTimeException("A warning share must be between 0% and 100%, got " + percent + "%");
            }
        }

        @Override
        public long warnAfterMillis(long targetMillis) {
            return targetMillis * percent / 100;
        }
    }

    /** A fixed business time before the due instant. */
    record BeforeDue(Duration ahead) implements WarningThreshold {
        public BeforeDue {
            Objects.requireNonNull(ahead, "ahead");
            if (ahead.isNegative() || ahead.isZero()) {
                throw new DateTimeException("A warning must come some time before the due instant, got " + ahead);
            }
        }

        @Override
        public long warnAfterMillis(long targetMillis) {
            return Math.max(0, targetMillis - ahead.toMillis());
        }
    }
}
