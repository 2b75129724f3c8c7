/* A stand-in for Windows' bcryptprimitives.dll, for testing under Wine 8
 * only: it is never shipped. Rust's standard library (1.78 and later) takes
 * its random numbers from ProcessPrng in bcryptprimitives.dll, which every
 * Windows 10 and 11 has but Wine 8.0 (Debian 12's) lacks, so without it
 * livinglab.exe stops before main under that Wine. scripts/package-test
 * builds this with mingw-w64 into its throwaway Wine prefix.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
