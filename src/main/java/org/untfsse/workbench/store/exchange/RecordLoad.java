package org.untfsse.workbench.store.exchange;

import java.util.List;

/**
 * Records written into one table in batches, on the caller's transaction: upserted, or, when the
 * table was empty at the first batch, inserted plainly with its secondary indexes built again by
 * {@link #finish} (the bulk load).
 *
 * @param <T> the model record
 */
public interface RecordLoad<T> {

    void write(List<T> records);

    /** Call once after the last batch. */
    void finish();
}
