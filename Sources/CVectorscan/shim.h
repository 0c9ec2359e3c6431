#pragma once
#include <hs/hs.h>
/* malloc_trim: a compile's working memory handed back (Database.init). */
#include <malloc.h>
/* dlsym: the fat runtime's AVX2 scan (`avx2_hs_scan`), looked up at run time (Runtime.swift). */
#include <dlfcn.h>
