package org.untfsse.workbench.store.common;

/** Work run inside a transaction by a service; repositories called from it join the transaction. */
@FunctionalInterface
public interface StoreWork<T> {
    T run();
}
