package io.witness.core.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The defaults a report uses to put a cost on a service gap: the fully loaded cost of an employee's
 * hour, how many employees there are, and the revenue an hour of each named system brings. Immutable.
 *
 * @param hourlyCostPerEmployee salary, benefits and overhead of one hour, not null
 * @param employees how many employees the client has, if given
 * @param revenuePerHour per asset, the revenue lost for each hour it is down, not null
 */
public record BusinessImpact(Money hourlyCostPerEmployee, Optional<Integer> employees, Map<AssetId, Money> revenuePerHour) {

    public BusinessImpact {
        Objects.requireNonNull(hourlyCostPerEmployee, "hourlyCostPerEmployee");
        Objects.requireNonNull(employees, "employees");
        if (employees.filter(n -> n < 1).isPresent()) {
            throw new IllegalArgumentException("A client has 1 employee or more, got " + employees.get());
        }
        revenuePerHour = Collections.unmodifiableMap(new LinkedHashMap<>(revenuePerHour));
    }
}
