#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "clinuxfiles.h"

// RENAME_EXCHANGE is (1 << 1); (1 << 0) is RENAME_NOREPLACE, which fails with EEXIST whenever a
// report is in place and silently sent every swap down the fallback.
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int clinuxfiles_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int clinuxfiles_start_writeback(int fd) {
#if defined(__linux__)
    return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int clinuxfiles_sync_file_system(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    errno = ENOSYS;
    return -1;
#endif
}
