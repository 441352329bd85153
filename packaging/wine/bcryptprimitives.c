/* A test-only stand-in for bcryptprimitives.dll, which Debian's Wine 8 lacks and Rust's
 * standard library imports (ProcessPrng, for random numbers). Used only by
 * packaging/wine-check.sh to run the Windows build under Wine; never shipped. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
