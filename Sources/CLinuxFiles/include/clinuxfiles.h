#ifndef CLINUXFILES_H
#define CLINUXFILES_H

// Linux file calls the report's staging and swap need that Swift's Glibc module does not expose
// (they need _GNU_SOURCE).

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL/ENOSYS where unsupported).
int clinuxfiles_exchange(const char *a, const char *b);

/// Starts writing a file's dirty pages to the disk without waiting (sync_file_range with
/// SYNC_FILE_RANGE_WRITE), so that a later fsync finds them written or on their way.
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS where unsupported).
int clinuxfiles_start_writeback(int fd);

/// Writes everything of the file system that holds `fd` to the disk (syncfs): one flush of the
/// disk's cache for all of a report's files, where an fsync per file flushes it once per file.
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS where unsupported).
int clinuxfiles_sync_file_system(int fd);

/// The GNU build ID the linker wrote into the running executable (a hash of its whole contents),
/// copied into `out` (at most `capacity` bytes). Returns its length, or -1 when it has none.
int clinuxfiles_build_id(unsigned char *out, int capacity);

#endif
