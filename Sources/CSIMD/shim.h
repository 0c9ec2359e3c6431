#pragma once
/* The compiler's own SSE2 intrinsics (every x86-64 processor has SSE2), for phase one's word
   pass (WordTriggers.swift): Swift's SIMD comparisons compile to a loop a lane. No library. */
#if defined(__x86_64__)
#include <emmintrin.h>
#endif
