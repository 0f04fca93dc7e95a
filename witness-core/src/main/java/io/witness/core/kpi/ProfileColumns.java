package io.witness.core.kpi;

import io.witness.core.clock.ClockState;

/**
 * What the KPI table and the patterns read of each profile of a {@link ProfileGroups.Group}, by its place in the group:
 * its category, item and title key ({@link CaseProfile#titleKeyOrNull()}) as numbers of their {@link Values}, and
 * whether a clock of it breached.
 */
final class ProfileColumns {
    final Values categoryValues;
    final Values itemValues;
    final Values titleValues;
    final int[] categories;
    final int[] items;
    final int[] titles;
    final boolean[] breached;

    ProfileColumns(Values categoryValues, Values itemValues, Values titleValues, int size) {
        this.categoryValues = categoryValues;
        this.itemValues = itemValues;
        this.titleValues = titleValues;
        categories = new int[size];
        items = new int[size];
        titles = new int[size];
        breached = new boolean[size];
    }

    /** The same columns, their numbers standing for other values. */
    ProfileColumns(Values categoryValues, Values itemValues, Values titleValues, ProfileColumns numbers) {
        this.categoryValues = categoryValues;
        this.itemValues = itemValues;
        this.titleValues = titleValues;
        categories = numbers.categories;
        items = numbers.items;
        titles = numbers.titles;
        breached = numbers.breached;
    }

    void note(int i, CaseProfile profile, Values categoryNumbers, Values itemNumbers, Values titleNumbers) {
        categories[i] = categoryNumbers.number(profile.categoryOrNull());
        items[i] = itemNumbers.number(profile.configurationItemOrNull());
        titles[i] = titleNumbers.number(profile.titleKeyOrNull());
        for (int c = 0, m = profile.clockCount(); c < m; c++) {
            if (profile.clockState(c) == ClockState.BREACHED) {
                breached[i] = true;
                break;
            }
        }
    }

    /** The columns of the places {@code order} lists, in that order. */
    ProfileColumns pick(int[] places, int[] order) {
        ProfileColumns picked = new ProfileColumns(categoryValues, itemValues, titleValues, order.length);
        for (int i = 0; i < order.length; i++) {
            int from = places[order[i]];
            picked.categories[i] = categories[from];
            picked.items[i] = items[from];
            picked.titles[i] = titles[from];
            picked.breached[i] = breached[from];
        }
        return picked;
    }
}
