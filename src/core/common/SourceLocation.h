#pragma once

namespace rapport::core {

// Where in our code something happened. std::source_location would do, but clang 14
// (Debian 12's, used for the libFuzzer builds) cannot compile libstdc++'s version; the
// builtins below work in GCC and clang alike.
struct SourceLocation
{
    const char* file = "";
    int line = 0;
    const char* function = "";

    static constexpr SourceLocation current(const char* file = __builtin_FILE(), int line = __builtin_LINE(),
                                            const char* function = __builtin_FUNCTION()) noexcept
    {
        return {file, line, function};
    }
};

} // namespace rapport::core
