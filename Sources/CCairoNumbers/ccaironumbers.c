#define _GNU_SOURCE
#include <dlfcn.h>
#include <fenv.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "ccaironumbers.h"

extern int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);

static atomic_int enabled = 1;

static const uint64_t powers_of_ten[19] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull, 1000000000ull,
    10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull, 100000000000000ull,
    1000000000000000ull, 10000000000000000ull, 100000000000000000ull, 1000000000000000000ull};

static int copy_out(char *buffer, size_t size, const char *text, int length) {
    if (size > 0) {
        size_t count = (size_t)length < size - 1 ? (size_t)length : size - 1;
        memcpy(buffer, text, count);
        buffer[count] = 0;
    }
    return length;
}

int ccaironumbers_fixed(char *buffer, size_t size, double value, int precision) {
    if (precision < 0 || precision > 18) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63), exponent = (int)((bits >> 52) & 0x7ff);
    uint64_t mantissa = bits & ((1ull << 52) - 1);
    if (exponent == 0x7ff) return -1;
    // value = mantissa * 2^shift exactly; value * 10^precision rounded half to even, in 64 bits.
    int shift = exponent == 0 ? -1074 : exponent - 1075;
    if (exponent != 0) mantissa |= 1ull << 52;
    uint64_t scale = powers_of_ten[precision], scaled;
    unsigned __int128 product = (unsigned __int128)mantissa * scale;  // below 2^113
    if (mantissa == 0) {
        scaled = 0;
    } else if (shift >= 0) {
        if (shift > 63 || (product >> (127 - shift)) != 0) return -1;
        product <<= shift;
        if (product >> 64) return -1;
        scaled = (uint64_t)product;
    } else if (-shift >= 120) {
        scaled = 0;  // below half of the last digit
    } else {
        unsigned __int128 kept = product >> -shift, rest = product - (kept << -shift);
        unsigned __int128 half = (unsigned __int128)1 << (-shift - 1);
        if (rest > half || (rest == half && (kept & 1))) kept += 1;
        if (kept >> 64) return -1;
        scaled = (uint64_t)kept;
    }
    char text[48], digits[24];
    int length = 0, count = 0;
    uint64_t whole = scaled / scale, fraction = scaled - whole * scale;
    if (negative) text[length++] = '-';
    do {
        digits[count++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole);
    while (count) text[length++] = digits[--count];
    if (precision > 0) {
        text[length++] = '.';
        for (int i = precision - 1; i >= 0; i--) {
            text[length + i] = (char)('0' + fraction % 10);
            fraction /= 10;
        }
        length += precision;
    }
    return copy_out(buffer, size, text, length);
}

static int decimal(char *buffer, size_t size, int value) {
    char text[16], digits[12];
    int length = 0, count = 0;
    unsigned int magnitude = value < 0 ? 0u - (unsigned int)value : (unsigned int)value;
    if (value < 0) text[length++] = '-';
    do {
        digits[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    while (count) text[length++] = digits[--count];
    return copy_out(buffer, size, text, length);
}

/// Where the conversion below prints what glibc prints: glibc's "%f" writes the locale's decimal
/// point (cairo replaces it with "." after; we write "." at once) and rounds in the current rounding
/// mode (we round half to even, the default mode).
static int as_glibc_would(void) {
    const char *point = nl_langinfo(RADIXCHAR);  // what printf reads; localeconv fills a whole struct
    return point[0] == '.' && point[1] == 0 && fegetround() == FE_TONEAREST;
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    va_list ap;
    int result = -1;
    // slen < maxlen is an overflow glibc reports (and aborts on): left to it.
    if (format[0] == '%' && slen >= maxlen && atomic_load_explicit(&enabled, memory_order_relaxed)) {
        va_start(ap, format);
        if (format[1] == 'd' && format[2] == 0) {
            result = decimal(s, maxlen, va_arg(ap, int));
        } else if (format[1] == 'f' && format[2] == 0) {
            double value = va_arg(ap, double);
            if (as_glibc_would()) result = ccaironumbers_fixed(s, maxlen, value, 6);
        } else if (strcmp(format, "%.18f") == 0) {
            double value = va_arg(ap, double);
            if (as_glibc_would()) result = ccaironumbers_fixed(s, maxlen, value, 18);
        } else if (strcmp(format, "%.*f") == 0) {
            int precision = va_arg(ap, int);
            double value = va_arg(ap, double);
            if (as_glibc_would()) result = ccaironumbers_fixed(s, maxlen, value, precision);
        }
        va_end(ap);
        if (result >= 0) return result;
    }
    va_start(ap, format);
    result = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
    va_end(ap);
    return result;
}

int ccaironumbers_interposed(void) {
    return dlsym(RTLD_DEFAULT, "__snprintf_chk") == (void *)__snprintf_chk;
}

int ccaironumbers_format(char *buffer, size_t size, int precision, double value) {
    return __snprintf_chk(buffer, size, 1, size, "%.*f", precision, value);
}

void ccaironumbers_set_enabled(int on) { atomic_store(&enabled, on); }
