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

#include <link.h>
#include <string.h>

struct build_id_search {
    unsigned char *out;
    int capacity;
    int length;
};

// The first object dl_iterate_phdr reports is the executable itself; its notes are mapped with it.
static int find_build_id(struct dl_phdr_info *info, size_t size, void *data) {
    struct build_id_search *search = data;
    (void)size;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_NOTE) continue;
        size_t align = segment->p_align >= 8 ? 8 : 4;
        const char *note = (const char *)(info->dlpi_addr + segment->p_vaddr);
        const char *end = note + segment->p_memsz;
        while (note + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *header = (const ElfW(Nhdr) *)note;
            const char *name = note + sizeof(ElfW(Nhdr));
            const char *desc = name + ((header->n_namesz + align - 1) & ~(align - 1));
            if (desc + header->n_descsz > end) break;
            if (header->n_type == NT_GNU_BUILD_ID && header->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
                int length = (int)header->n_descsz < search->capacity ? (int)header->n_descsz : search->capacity;
                memcpy(search->out, desc, (size_t)length);
                search->length = length;
                return 1;
            }
            note = desc + ((header->n_descsz + align - 1) & ~(align - 1));
        }
    }
    return 1;
}

int clinuxfiles_build_id(unsigned char *out, int capacity) {
    struct build_id_search search = {out, capacity, -1};
    dl_iterate_phdr(find_build_id, &search);
    return search.length;
}
