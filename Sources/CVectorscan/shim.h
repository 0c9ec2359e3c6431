#pragma once
#include <hs/hs.h>
/* malloc_trim: a compile's working memory handed back (Database.init). */
#include <malloc.h>
