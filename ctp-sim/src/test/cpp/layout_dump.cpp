// Prints every struct's layout as g++ compiled it, in the profile's structs.tsv format, so that a test
// can compare it with the ABI profile field by field.
#include <cstdio>

#include "reflect.h"

int main()
{
    using namespace ctpsim;
    std::printf("struct\tsize\tfield\toffset\ttype\tlength\n");
    for (std::size_t s = 0; s < kStructCount; s++)
    {
        const StructInfo& info = kStructs[s];
        for (std::size_t f = 0; f < info.count; f++)
        {
            const FieldInfo& field = info.fields[f];
            const char* type = "";
            switch (field.type)
            {
                case FieldType::CharArray: type = "char[]"; break;
                case FieldType::Char: type = "char"; break;
                case FieldType::Short: type = "short"; break;
                case FieldType::Int: type = "int"; break;
                case FieldType::Double: type = "double"; break;
            }
            std::printf("%s\t%zu\t%s\t%zu\t%s\t%zu\n", info.name, info.size, field.name, field.offset, type, field.size);
        }
    }
    return 0;
}
