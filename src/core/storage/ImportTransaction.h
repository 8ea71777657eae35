#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>

struct sqlite3;

namespace rapport::core {

// The transaction of an import (ImportStore): BEGIN IMMEDIATE, and while it runs a bigger page
// cache, two sorter threads for index builds and no foreign-key probes (the import resolves
// every reference itself). When the target table is empty, its secondary indexes are dropped
// and built again by commit(): sorting once is far faster than growing them row by row. (An
// index that row matching searches is built as soon as a row needs it.) Inside the
// transaction, so a rollback restores them. commit() and rollback() put the connection's
// settings back.
class ImportTransaction
{
public:
    ImportTransaction() = default;
    ~ImportTransaction() { rollback(); }
    ImportTransaction(const ImportTransaction&) = delete;
    ImportTransaction& operator=(const ImportTransaction&) = delete;

    Status begin(sqlite3* handle, const char* table);
    bool isOpen() const { return m_open; }
    // Builds a deferred index now, because a lookup is about to search it.
    Status needIndex(const char* name);
    // Builds the deferred indexes and commits; rolls back when that fails.
    Status commit();
    void rollback();

private:
    Status execute(const char* sql);
    Status deferIndexes(const char* table);
    // Puts back the connection's cache size, sorter threads and foreign-key enforcement.
    void restoreSettings();

    sqlite3* m_handle = nullptr;
    bool m_open = false;
    int m_previousCacheSize = -2000;
    int m_previousThreads = 0;
    int m_previousForeignKeys = 1;
    QMap<QByteArray, QByteArray> m_deferredIndexes; // name -> CREATE INDEX, run before COMMIT
};

} // namespace rapport::core
