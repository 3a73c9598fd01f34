/*
 * Drives an SPI object's vtable from a native thread of its own, the way a CTP library does, and records
 * CLOCK_MONOTONIC timestamps around every call (the clock System.nanoTime reads on Linux). Used by the
 * adapter's tests (no allocation on the trampoline path) and by the bench module (cost of one callback
 * including the struct copy into the sink). Test support: built into libctpengine-spi-driver.so, which ships in
 * ctp-adapter's test-jar, never in the production shim.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

/* SHAPE_*: org.ctpengine.adapter.SpiShape's ordinals, generated from the enum by the build (ctp-codegen). */
#include "spi_shapes.h"

typedef struct
{
    void* spi;
    void* fn;
    int32_t shape;
    void* data;
    void* rsp;
    int32_t int_arg;
    int32_t count;
    int64_t* stamps;
} drive_args;

static inline int64_t now_nanos(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void call_once(const drive_args* a, const int32_t i)
{
    const bool last = i == a->count - 1;
    switch (a->shape)
    {
        case SHAPE_NO_ARGS:
            ((void (*)(void*))a->fn)(a->spi);
            break;
        case SHAPE_INT:
            ((void (*)(void*, int))a->fn)(a->spi, a->int_arg);
            break;
        case SHAPE_STRUCT:
            ((void (*)(void*, void*))a->fn)(a->spi, a->data);
            break;
        case SHAPE_STRUCT_RSP:
            ((void (*)(void*, void*, void*))a->fn)(a->spi, a->data, a->rsp);
            break;
        case SHAPE_STRUCT_RSP_REQUEST:
            ((void (*)(void*, void*, void*, int, bool))a->fn)(a->spi, a->data, a->rsp, i, last);
            break;
        case SHAPE_RSP_REQUEST:
            ((void (*)(void*, void*, int, bool))a->fn)(a->spi, a->rsp, i, last);
            break;
        default:
            break;
    }
}

static void* drive(void* arg)
{
    const drive_args* a = (const drive_args*)arg;
    for (int32_t i = 0; i < a->count; i++)
    {
        if (a->stamps != NULL)
        {
            a->stamps[2 * (int64_t)i] = now_nanos();
            call_once(a, i);
            a->stamps[2 * (int64_t)i + 1] = now_nanos();
        }
        else
        {
            call_once(a, i);
        }
    }
    return NULL;
}

/*
 * Calls vtable slot `slot` of the C++ object `spi` `count` times from a new pthread and waits for it.
 * For the request shapes the request id is the iteration number and isLast is true on the last call.
 * `stamps`, when not null, receives 2 * count CLOCK_MONOTONIC nanos: before and after each call.
 * Returns 0, or an errno value when the thread cannot be started, or EINVAL for a bad argument.
 */
int32_t ctp_drive_spi(
    int64_t spi, int32_t slot, int32_t shape, int64_t data, int64_t rsp, int32_t int_arg, int32_t count, int64_t stamps)
{
    if (spi == 0 || slot < 0 || count < 0 || shape < SHAPE_NO_ARGS || shape > SHAPE_RSP_REQUEST)
    {
        return EINVAL;
    }
    void** const vptr = *(void***)(intptr_t)spi;
    drive_args args =
    {
        .spi = (void*)(intptr_t)spi,
        .fn = vptr[slot],
        .shape = shape,
        .data = (void*)(intptr_t)data,
        .rsp = (void*)(intptr_t)rsp,
        .int_arg = int_arg,
        .count = count,
        .stamps = (int64_t*)(intptr_t)stamps
    };
    pthread_t thread;
    const int rc = pthread_create(&thread, NULL, drive, &args);
    if (rc != 0)
    {
        return rc;
    }
    return pthread_join(thread, NULL);
}
