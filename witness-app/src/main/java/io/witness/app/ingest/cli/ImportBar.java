package io.witness.app.ingest.cli;

import io.witness.sources.ingest.ImportPhase;
import io.witness.sources.ingest.ImportProgress;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal for each phase of an import (rate per second and time left), drawn on
 * standard error. Used only when there is a terminal; otherwise the import is quiet.
 */
final class ImportBar implements ImportProgress, AutoCloseable {

    private ProgressBar bar;

    @Override
    public void started(ImportPhase phase, long total) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(phase.label())
                .setInitialMax(total)
                .setUnit(" " + phase.unit(), 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public void advanced(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
