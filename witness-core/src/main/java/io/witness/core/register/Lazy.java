package io.witness.core.register;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made the first time it is asked and kept: a case's timeline, shared by the register entries of
 * its findings. The maker must be pure (two threads asking at once may both make it; either result is
 * kept, and they are equal). Thread-safe.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile @Nullable T value;

    Lazy(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            made = Objects.requireNonNull(maker.get(), "made");
            value = made;
        }
        return made;
    }
}
