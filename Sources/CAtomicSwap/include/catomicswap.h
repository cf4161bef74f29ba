#ifndef CATOMICSWAP_H
#define CATOMICSWAP_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL/ENOSYS where unsupported).
int catomicswap_exchange(const char *a, const char *b);

#endif
