// Struct layouts as compiled by g++ (generated ctpsim_reflect.cpp), for the layout dump.
#pragma once

#include <cstddef>

namespace ctpsim
{
enum class FieldType
{
    CharArray,
    Char,
    Short,
    Int,
    Double,
};

struct FieldInfo
{
    const char* name;
    std::size_t offset;
    std::size_t size;
    FieldType type;
};

struct StructInfo
{
    const char* name;
    std::size_t size;
    const FieldInfo* fields;
    std::size_t count;
};

extern const StructInfo kStructs[];
extern const std::size_t kStructCount;
extern const char* const kProfileId;
}
