#pragma once

namespace rapport::core {

// Whether opening a database may create its file. Outside storage/Database.h so that code
// which only asks for a database to be opened (the GUI) needs no storage header.
enum class DatabaseOpenMode { CreateIfMissing, OpenExisting };

} // namespace rapport::core
