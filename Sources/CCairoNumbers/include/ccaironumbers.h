#ifndef CCAIRONUMBERS_H
#define CCAIRONUMBERS_H

#include <stddef.h>

// Cairo prints every coordinate of a PDF or SVG with snprintf("%f"), and glibc's exact
// multi-precision conversion was a tenth of a demo build's CPU (a chart's SVG holds ~10,000
// numbers, mostly glyph outlines). This target defines __snprintf_chk, the fortified snprintf cairo
// calls, in the executable, where the dynamic linker finds it before glibc's: the formats cairo uses
// for numbers ("%f", "%.18f", "%.*f", "%d") are converted here, exactly as glibc converts them, and
// every other call goes on to glibc unchanged.

/// "%.<precision>f" of `value` into `buffer` (at most `size` bytes, NUL included), as glibc prints
/// it in the C locale and the default rounding mode: round half to even on the exact binary value. Returns the length of the whole
/// text, or -1 when this value is left to glibc (precision over 18, infinite or NaN, or more than
/// 19 digits in all).
int ccaironumbers_fixed(char *buffer, size_t size, double value, int precision);

/// Whether the dynamic linker resolves __snprintf_chk to this target's (1) or to glibc's (0).
int ccaironumbers_interposed(void);

/// snprintf(buffer, size, "%.*f", precision, value) as cairo calls it, through this target's
/// __snprintf_chk, for tests.
int ccaironumbers_format(char *buffer, size_t size, int precision, double value);

/// Turns the fast path on (1, the default) or off (0: every call goes to glibc), for tests that
/// compare both.
void ccaironumbers_set_enabled(int enabled);

#endif
