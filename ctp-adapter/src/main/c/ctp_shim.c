/*
 * Call shims for ctp-engine's JNA direct mapping (org.ctpengine.adapter.internal.NativeShim).
 *
 * Java cannot call a C++ virtual method through a function pointer without JNA's Function.invoke, which
 * boxes its arguments into an Object[]. These shims take the function pointer as a plain argument and
 * call it with the exact prototype of the vtable slot, so a direct-mapped static native method with
 * primitive parameters reaches the library without allocating. Pointers travel as int64_t (Java long).
 *
 * Naming: ctp_<return>_<parameters> after `this`; v = void, i = int, p = pointer, b = C++ bool
 * (passed from Java as int 0/1 and converted here, never as JNA's -1).
 */
#include <stdbool.h>
#include <stdint.h>

#define FN(type, fn) ((type)(intptr_t)(fn))
#define PTR(x) ((void*)(intptr_t)(x))

/* ---- member functions: first argument is `this` ---- */

void ctp_v_v(int64_t fn, int64_t self)
{
    FN(void (*)(void*), fn)(PTR(self));
}

int32_t ctp_i_v(int64_t fn, int64_t self)
{
    return FN(int (*)(void*), fn)(PTR(self));
}

int64_t ctp_p_v(int64_t fn, int64_t self)
{
    return (int64_t)(intptr_t)FN(const char* (*)(void*), fn)(PTR(self));
}

void ctp_v_p(int64_t fn, int64_t self, int64_t a)
{
    FN(void (*)(void*, void*), fn)(PTR(self), PTR(a));
}

void ctp_v_i(int64_t fn, int64_t self, int32_t a)
{
    FN(void (*)(void*, int), fn)(PTR(self), a);
}

int32_t ctp_i_p(int64_t fn, int64_t self, int64_t a)
{
    return FN(int (*)(void*, void*), fn)(PTR(self), PTR(a));
}

int32_t ctp_i_pi(int64_t fn, int64_t self, int64_t a, int32_t n)
{
    return FN(int (*)(void*, void*, int), fn)(PTR(self), PTR(a), n);
}

/* ---- static functions: the factories and GetApiVersion ---- */

int64_t ctp_static_p_v(int64_t fn)
{
    return (int64_t)(intptr_t)FN(const char* (*)(void), fn)();
}

int64_t ctp_static_p_p(int64_t fn, int64_t a)
{
    return (int64_t)(intptr_t)FN(void* (*)(const char*), fn)((const char*)PTR(a));
}

int64_t ctp_static_p_pbb(int64_t fn, int64_t a, int32_t b1, int32_t b2)
{
    return (int64_t)(intptr_t)FN(void* (*)(const char*, bool, bool), fn)((const char*)PTR(a), b1 != 0, b2 != 0);
}

/* ---- JNA callbacks ---- */

/*
 * Returns its argument. Declared in Java with a Callback parameter: JNA builds the native stub of a Callback
 * passed to a direct-mapped method in its direct mode (primitive arguments, no boxing, no Object[]), which
 * CallbackReference.getFunctionPointer(Callback) does not. This is how Java learns that stub's address.
 */
int64_t ctp_address_of(void* fn)
{
    return (int64_t)(intptr_t)fn;
}
