package io.witness.core.coverage.audit;

import io.witness.core.contract.PartyId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds of the coverage rules that the contract does not set. Immutable.
 *
 * @param failingNights how many nights in a row without a successful backup make a finding (default 3)
 * @param exceptionDays how many days a patch may stay a known exception before it is reported (default 90)
 * @param datasetDays the days before the audit date in which a required data set must have been captured
 *     by a successful backup (default 7)
 * @param mspTypes per provider, the market-price category it is compared in ({@code managed-it})
 * @param categoryAreas per incident category (lower case), the responsibility area it belongs to; an empty
 *     area says on purpose that the category belongs to none
 */
public record CoverageSettings(int failingNights, int exceptionDays, int datasetDays, Map<PartyId, String> mspTypes,
        Map<String, String> categoryAreas) {

    public static final int DEFAULT_FAILING_NIGHTS = 3;
    public static final int DEFAULT_EXCEPTION_DAYS = 90;
    public static final int DEFAULT_DATASET_DAYS = 7;

    public CoverageSettings {
        if (failingNights < 1) {
            throw new IllegalArgumentException("Failing nights is 1 or more, got " + failingNights);
        }
        if (exceptionDays < 1) {
            throw new IllegalArgumentException("Exception days is 1 or more, got " + exceptionDays);
        }
        if (datasetDays < 1) {
            throw new IllegalArgumentException("Data set days is 1 or more, got " + datasetDays);
        }
        mspTypes = Collections.unmodifiableMap(new LinkedHashMap<>(mspTypes));
        Map<String, String> areas = new LinkedHashMap<>();
        categoryAreas.forEach((category, area) -> areas.put(category.trim().toLowerCase(Locale.ROOT), area.trim()));
        categoryAreas = Collections.unmodifiableMap(areas);
    }

    /** The defaults: 3 nights, 90 days, 7 days, no market categories, no category map. */
    public static CoverageSettings defaults() {
        return new CoverageSettings(DEFAULT_FAILING_NIGHTS, DEFAULT_EXCEPTION_DAYS, DEFAULT_DATASET_DAYS, Map.of(), Map.of());
    }

    public CoverageSettings withFailingNights(int nights) {
        return new CoverageSettings(nights, exceptionDays, datasetDays, mspTypes, categoryAreas);
    }

    public CoverageSettings withExceptionDays(int days) {
        return new CoverageSettings(failingNights, days, datasetDays, mspTypes, categoryAreas);
    }

    public CoverageSettings withDatasetDays(int days) {
        return new CoverageSettings(failingNights, exceptionDays, days, mspTypes, categoryAreas);
    }

    public CoverageSettings withMspTypes(Map<PartyId, String> types) {
        return new CoverageSettings(failingNights, exceptionDays, datasetDays, types, categoryAreas);
    }

    public CoverageSettings withCategoryAreas(Map<String, String> areas) {
        return new CoverageSettings(failingNights, exceptionDays, datasetDays, mspTypes, areas);
    }

    /** The area an incident category is mapped to: empty when unmapped, an empty text when mapped to none. */
    public Optional<String> areaOf(String category) {
        return Optional.ofNullable(categoryAreas.get(category.trim().toLowerCase(Locale.ROOT)));
    }
}
